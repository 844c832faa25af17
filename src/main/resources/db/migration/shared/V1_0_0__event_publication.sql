-- Spring Modulith's event publication registry (JPA flavour): cross-module side effects are kept
-- here until their listener completes, and republished after a restart (SECURITY.md RE3).
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    last_resubmission_date timestamp with time zone,
    completion_attempts    integer not null default 0,
    status                 varchar(20)
);
create index event_publication_by_completion on event_publication (completion_date);
