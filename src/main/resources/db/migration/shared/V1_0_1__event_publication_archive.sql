-- Events that finish (issue #7, spring.modulith.events.completion-mode=archive): a completed publication moves from
-- event_publication to this archive, so the live table holds only the work still to be done (RE3) and the trail is kept.
-- The columns are those of event_publication, as Spring Modulith 2.0's JPA registry maps both tables.
create table event_publication_archive (
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
create index event_publication_archive_by_completion on event_publication_archive (completion_date);

-- Publications completed before this migration go to the archive as well.
insert into event_publication_archive (id, listener_id, event_type, serialized_event, publication_date,
                                       completion_date, last_resubmission_date, completion_attempts, status)
select id, listener_id, event_type, serialized_event, publication_date,
       completion_date, last_resubmission_date, completion_attempts, status
from event_publication
where completion_date is not null;
delete from event_publication where completion_date is not null;
