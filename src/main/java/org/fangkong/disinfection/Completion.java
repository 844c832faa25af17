package org.fangkong.disinfection;

import java.time.LocalTime;

/**
 * What the team records when a place is disinfected: when (today's time; empty: now), the
 * team, the agent used (e.g. 84 消毒液 1:100) and the area in m².
 */
public record Completion(LocalTime time, String team, String agent, Integer areaM2) {

}
