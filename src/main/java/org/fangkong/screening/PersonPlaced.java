package org.fangkong.screening;

/**
 * A person's home was placed on the map (issue #14 item 4): the pin dropped on the form
 * that reported them, checked in range ([longitude, latitude], WGS 84 degrees). Published
 * inside the transaction that saves the report; the map keeps the point.
 */
public record PersonPlaced(long personId, double longitude, double latitude) {

}
