-- Issue #7 item 6, SECURITY.md AC1: a referral carries the materialised path of its node (the checkpoint's node or
-- the grid), so that "inside this jurisdiction" is one indexed prefix match instead of a list of every id below the
-- node. A referral whose node is unknown gets '/', which no scope matches.
alter table referral add column scope_path varchar(400);
update referral set scope_path = coalesce((select n.path from jurisdiction_node n where n.id = referral.jurisdiction_id), '/');
alter table referral alter column scope_path set not null;
create index referral_scope on referral (scope_path, status, detected_at);
