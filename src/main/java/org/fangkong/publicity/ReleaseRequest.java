package org.fangkong.publicity;

import java.util.List;

/**
 * A release as its author writes it: title, text and the channels it goes out on
 * ({@code TV}, {@code WEBSITE}, {@code WECHAT}, {@code DOUYIN}, {@code LOUDSPEAKER}).
 * Status, author and dates are not part of it (AC7).
 */
public record ReleaseRequest(String title, String body, List<String> channels) {

}
