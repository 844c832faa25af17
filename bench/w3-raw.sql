-- W3's baseline (bench/run.sh): the city dashboard's crossing figures counted by GROUP BY over the raw rows, one
-- transaction = one dashboard: today per checkpoint, today and 14 days by hour with fevers, fevers today by area.
\set unused 0
select checkpoint_id, direction, count(*) from registration
 where crossed_at >= (date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai')
 group by checkpoint_id, direction;
select date_trunc('hour', crossed_at), count(*), count(*) filter (where temperature >= 37.3)
  from registration where crossed_at >= (date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai') - interval '13 days'
 group by 1;
select jurisdiction_id, count(*) from registration
 where crossed_at >= (date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai') and temperature >= 37.3
 group by jurisdiction_id;
