package org.fangkong.supplies;

/** A new stock place: its name, kind and jurisdiction node. */
public record NewPlace(String name, PlaceKind kind, Long jurisdictionId) {

}
