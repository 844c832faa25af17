/**
 * The map (issue #14, R-GIS-1 … R-GIS-3): checkpoints with today's crossings, the homes
 * of key persons and the grids shaded by how many they hold, as RFC 7946 GeoJSON
 * ({@link org.fangkong.gis.MapLayers}), drawn in 2-D (Leaflet) and 3-D on the page
 * {@code /map}; grid boundaries imported by administrators
 * ({@link org.fangkong.gis.Boundaries}) and a person's own point. Reads the other modules
 * only through their APIs, stores only its own tables, keyed by their ids.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Map",
		allowedDependencies = { "shared", "audit", "jurisdiction", "checkpoint", "screening" })
package org.fangkong.gis;
