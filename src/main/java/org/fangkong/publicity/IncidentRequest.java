package org.fangkong.publicity;

/**
 * An opinion incident as the officer reports it: where it was seen ({@code source}, one
 * of {@link IncidentSource}), the link, a summary, the risk ({@code LOW|MEDIUM|HIGH}) and
 * whether it is a rumour.
 */
public record IncidentRequest(String source, String link, String summary, String risk, Boolean rumour) {

}
