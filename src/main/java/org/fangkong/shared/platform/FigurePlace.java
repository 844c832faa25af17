package org.fangkong.shared.platform;

/**
 * A place ranked by a figure (issue #10 item 2: the busiest checkpoints).
 *
 * @param kind what the place is ({@code checkpoint}), for its label and its link
 * @param id the place's id in its module
 * @param name its name
 * @param value the figure that ranks it
 */
public record FigurePlace(String kind, long id, String name, long value) {

}
