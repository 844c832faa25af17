package org.fangkong.shared.platform;

/** One counted figure, e.g. {@code crossingsIn} or {@code arrivals.HUBEI}. */
public record Figure(String code, long value) {

}
