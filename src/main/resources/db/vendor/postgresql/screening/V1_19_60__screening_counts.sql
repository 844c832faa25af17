-- PostgreSQL only (issue #19 W3, PERFORMANCE.md "counters per day x grid x origin x measure"): the screening figures
-- of the dashboard and the daily reports read counters instead of counting the subtree's screenings row by row.
-- H2 has no PL/pgSQL: there ScreeningFigures counts the rows (a demo's few hundred screenings).
--
-- Per jurisdiction node (every node on the screening's grid_path, the grid itself included, so a township or the
-- city reads its own rows and not those of every grid below it):
--   screening_count_live   the screenings now, by origin class, measure and status (a CLOSED screening not at all)
--   screening_count_hour   per hour (since the epoch, UTC) the arrivals opened in it (by created_at, not closed)
--                          and the RELEASED history lines recorded in it, by the screening's origin class
-- Kept in the transaction that changes a screening or a RELEASED line, on every write path (JPA, batched JDBC,
-- plain SQL, retention deletes, merges, transfers): row triggers write what changed into screening_count_delta at
-- the moment of the change (so a later change in the same transaction sees its own state), and a deferred
-- constraint trigger folds the transaction's deltas into the counters at commit, in one statement per table, after
-- an advisory lock. The counter rows are therefore locked only for the commit itself (the arrivals of W1 hit the
-- same city and hour rows hundreds of times a second), always in the same order, never two transactions crossing.
create table screening_count_live (
    node_id       bigint      not null,
    origin_class  varchar(20) not null,
    measure       varchar(30) not null,
    status        varchar(20) not null,
    screenings    bigint      not null,
    primary key (node_id, origin_class, measure, status)
);

create table screening_count_hour (
    node_id       bigint      not null,
    hour          integer     not null,
    origin_class  varchar(20) not null,
    arrivals      bigint      not null,
    releases      bigint      not null,
    primary key (node_id, hour, origin_class)
);

create unlogged table screening_count_delta (
    id            bigint generated always as identity primary key,
    tx            bigint      not null default txid_current(),
    grid_path     varchar(400) not null,
    origin_class  varchar(20) not null,
    measure       varchar(30) not null,
    status        varchar(20) not null,
    hour          integer     not null,
    live          integer     not null,
    arrivals      integer     not null,
    releases      integer     not null
);
create index screening_count_delta_tx on screening_count_delta (tx);

-- The hour of an instant, as the figures compute it (seconds since the epoch / 3600, rounded down).
create function screening_count_hour_of(t timestamp with time zone) returns integer
    language sql immutable as
$$ select floor(extract(epoch from t) / 3600)::integer $$;

-- The node ids of a materialised path such as /1/2/3/.
create function screening_count_nodes(path varchar) returns setof bigint
    language sql immutable as
$$ select cast(p as bigint) from unnest(string_to_array(trim(both '/' from path), '/')) p where p <> '' $$;

-- A screening's own contribution (sign +1 or -1): counted while it is not CLOSED.
create function screening_count_screening(s screening, sign integer) returns void
    language plpgsql as
$$
begin
    if s.status <> 'CLOSED' then
        insert into screening_count_delta (grid_path, origin_class, measure, status, hour, live, arrivals, releases)
        values (s.grid_path, s.origin_class, s.measure, s.status, screening_count_hour_of(s.created_at), sign, sign, 0);
    end if;
end;
$$;

-- The RELEASED lines of a screening (as they stand now), counted for its grid and origin class.
create function screening_count_releases(screening_id bigint, grid_path varchar, origin_class varchar, sign integer)
    returns void
    language sql as
$$
insert into screening_count_delta (grid_path, origin_class, measure, status, hour, live, arrivals, releases)
select grid_path, origin_class, '-', '-', screening_count_hour_of(h.occurred_at), 0, 0, sign
from screening_history h
where h.screening_id = screening_count_releases.screening_id and h.action = 'RELEASED';
$$;

create function screening_count_on_screening() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform screening_count_screening(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform screening_count_screening(new, 1);
    end if;
    if tg_op = 'UPDATE' and (old.grid_path <> new.grid_path or old.origin_class <> new.origin_class) then
        perform screening_count_releases(old.id, old.grid_path, old.origin_class, -1);
        perform screening_count_releases(new.id, new.grid_path, new.origin_class, 1);
    end if;
    return null;
end;
$$;

create function screening_count_on_history() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.action = 'RELEASED' then
        insert into screening_count_delta (grid_path, origin_class, measure, status, hour, live, arrivals, releases)
        select s.grid_path, s.origin_class, '-', '-', screening_count_hour_of(old.occurred_at), 0, 0, -1
        from screening s where s.id = old.screening_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.action = 'RELEASED' then
        insert into screening_count_delta (grid_path, origin_class, measure, status, hour, live, arrivals, releases)
        select s.grid_path, s.origin_class, '-', '-', screening_count_hour_of(new.occurred_at), 0, 0, 1
        from screening s where s.id = new.screening_id;
    end if;
    return null;
end;
$$;

-- At commit: the transaction's deltas, once. The first firing folds them all and notes the last id it took in a
-- setting local to the transaction, so the firings of the other rows return at once (probing the table instead
-- would read the index entries of every row already folded, once per row: quadratic in a bulk import).
create function screening_count_fold() returns trigger
    language plpgsql as
$$
declare
    folded bigint := coalesce(nullif(current_setting('fangkong.screening_counts_folded', true), '')::bigint, 0);
    last bigint;
begin
    if new.id <= folded then
        return null;
    end if;
    perform pg_advisory_xact_lock(1919060);
    select max(id) into last from screening_count_delta where tx = txid_current();
    if last is null then
        return null;
    end if;
    perform set_config('fangkong.screening_counts_folded', last::text, true);
    with d as (delete from screening_count_delta where tx = txid_current() and id <= last returning *),
    e as (select n.node_id, d.origin_class, d.measure, d.status, d.hour, sum(d.live) as live,
                 sum(d.arrivals) as arrivals, sum(d.releases) as releases
          from d cross join lateral screening_count_nodes(d.grid_path) as n(node_id)
          group by n.node_id, d.origin_class, d.measure, d.status, d.hour),
    l as (insert into screening_count_live as c (node_id, origin_class, measure, status, screenings)
          select node_id, origin_class, measure, status, sum(live)
          from e where measure <> '-'
          group by node_id, origin_class, measure, status
          having sum(live) <> 0
          order by node_id, origin_class, measure, status
          on conflict (node_id, origin_class, measure, status) do update
              set screenings = c.screenings + excluded.screenings)
    insert into screening_count_hour as c (node_id, hour, origin_class, arrivals, releases)
    select node_id, hour, origin_class, sum(arrivals), sum(releases)
    from e
    group by node_id, hour, origin_class
    having sum(arrivals) <> 0 or sum(releases) <> 0
    order by node_id, hour, origin_class
    on conflict (node_id, hour, origin_class) do update
        set arrivals = c.arrivals + excluded.arrivals, releases = c.releases + excluded.releases;
    return null;
end;
$$;

create trigger screening_count_insert
    after insert or delete on screening
    for each row execute function screening_count_on_screening();
create trigger screening_count_update
    after update on screening
    for each row
    when (old.grid_path is distinct from new.grid_path or old.origin_class is distinct from new.origin_class
          or old.measure is distinct from new.measure or old.status is distinct from new.status
          or old.created_at is distinct from new.created_at)
    execute function screening_count_on_screening();
create trigger screening_count_release
    after insert or delete on screening_history
    for each row execute function screening_count_on_history();
create trigger screening_count_release_update
    after update on screening_history
    for each row
    when (old.screening_id is distinct from new.screening_id or old.action is distinct from new.action
          or old.occurred_at is distinct from new.occurred_at)
    execute function screening_count_on_history();
create constraint trigger screening_count_fold
    after insert on screening_count_delta deferrable initially deferred
    for each row execute function screening_count_fold();

-- Every counter again from the rows (this migration, and the benchmark's generator after its COPY): the deltas of
-- transactions still running are kept, they fold in at their commit.
create function screening_counts_rebuild() returns void
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock(1919060);
    delete from screening_count_live;
    delete from screening_count_hour;
    insert into screening_count_live (node_id, origin_class, measure, status, screenings)
    select n.node_id, s.origin_class, s.measure, s.status, count(*)
    from screening s cross join lateral screening_count_nodes(s.grid_path) as n(node_id)
    where s.status <> 'CLOSED'
    group by n.node_id, s.origin_class, s.measure, s.status;
    insert into screening_count_hour (node_id, hour, origin_class, arrivals, releases)
    select node_id, hour, origin_class, sum(arrivals), sum(releases)
    from (select s.grid_path, s.origin_class, screening_count_hour_of(s.created_at) as hour, 1 as arrivals,
                 0 as releases
          from screening s where s.status <> 'CLOSED'
          union all
          select s.grid_path, s.origin_class, screening_count_hour_of(h.occurred_at), 0, 1
          from screening_history h join screening s on s.id = h.screening_id
          where h.action = 'RELEASED') r
         cross join lateral screening_count_nodes(r.grid_path) as n(node_id)
    group by node_id, hour, origin_class;
end;
$$;

select screening_counts_rebuild();
analyze screening_count_live;
analyze screening_count_hour;
