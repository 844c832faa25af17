package org.fangkong.shared.platform;

/**
 * The list behind one figure of the dashboard (issue #10 item 2: each number links to the
 * list behind it). The dashboard shows the link only to a user who sees the menu entry
 * {@code navigationId}, so that no number leads to a 403.
 *
 * @param code the figure's code
 * @param navigationId the id of the {@link NavigationEntry} whose page the list belongs
 * to
 * @param path the list's path, filtered to the figure's node where the list can be
 */
public record FigureLink(String code, String navigationId, String path) {

}
