-- The map (issue #14): boundaries of jurisdiction nodes as GeoJSON geometries (Polygon or MultiPolygon, lon/lat,
-- closed rings, as imported and validated), with their bounding box for the "inside the parent" check, and the own
-- point of a person (a person without one is placed at their household's point, else their grid's). Rows of other
-- modules (jurisdiction node, person) by id only.
create table gis_boundary (
    jurisdiction_id bigint primary key,
    geometry        text not null,
    min_lon         double precision not null,
    min_lat         double precision not null,
    max_lon         double precision not null,
    max_lat         double precision not null,
    demo            boolean not null default false,
    updated_at      timestamp with time zone not null default current_timestamp,
    updated_by      varchar(100) not null
);

create table gis_person_point (
    person_id  bigint primary key,
    longitude  double precision not null,
    latitude   double precision not null,
    demo       boolean not null default false,
    updated_at timestamp with time zone not null default current_timestamp
);
