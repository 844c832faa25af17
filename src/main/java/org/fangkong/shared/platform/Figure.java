package org.fangkong.shared.platform;

/**
 * One counted figure of a daily report or the dashboard (issue #10), such as
 * {@code crossingsIn} or {@code arrivals.HUBEI}. Its label is the message
 * {@code figure.<code>} in both bundles.
 *
 * @param code the figure's code, unique across every contributor
 * @param value the count
 */
public record Figure(String code, long value) {

}
