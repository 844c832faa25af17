#!/usr/bin/env bash
# Backup-and-restore drill (SECURITY.md RE6, issue #9): dump a database, restore the dump into a scratch database,
# compare the row count of every table, and drop the scratch database again. Exits non-zero on any difference.
#
#   PGHOST=127.0.0.1 PGUSER=fangkong PGPASSWORD=… ops/postgresql/backup-drill.sh fangkong [/var/backups/fangkong]
#
# The dump is kept in the folder given (default: a temporary one, removed afterwards). Run it monthly against a copy
# of production, and in CI against the test database (BackupDrillTests).
set -euo pipefail
db="${1:?usage: backup-drill.sh DATABASE [DUMP_FOLDER]}"
folder="${2:-}"
cleanup_folder=no
if [ -z "$folder" ]; then
	folder="$(mktemp -d)"
	cleanup_folder=yes
fi
scratch="${db}_restore_drill"
dump="$folder/${db}-$(date +%Y%m%d-%H%M%S).dump"

finish() {
	dropdb --if-exists "$scratch" >/dev/null 2>&1 || true
	if [ "$cleanup_folder" = yes ]; then rm -rf "$folder"; fi
}
trap finish EXIT

counts() {
	psql -X -At -d "$1" -v ON_ERROR_STOP=1 <<'SQL'
select format('select %L || '' '' || count(*) from %I.%I;', table_schema || '.' || table_name, table_schema, table_name)
from information_schema.tables
where table_schema = 'public' and table_type = 'BASE TABLE'
order by table_schema, table_name
\gexec
SQL
}

# A database in use may change while it is dumped: then the counts before and after the dump differ, and the drill
# dumps again (at most three times) so that it compares the restore with what the dump really holds.
for attempt in 1 2 3; do
	echo "drill: dumping $db to $dump (attempt $attempt)"
	before="$(counts "$db")"
	pg_dump -Fc -d "$db" -f "$dump"
	[ "$before" = "$(counts "$db")" ] && break
	if [ "$attempt" = 3 ]; then
		echo "drill: FAILED — $db kept changing during the dump" >&2
		exit 1
	fi
done
dropdb --if-exists "$scratch"
createdb "$scratch"
echo "drill: restoring into $scratch"
pg_restore -d "$scratch" --no-owner --exit-on-error "$dump"

after="$(counts "$scratch")"
if [ "$before" != "$after" ]; then
	echo "drill: FAILED — the restored database differs:" >&2
	diff <(echo "$before") <(echo "$after") >&2 || true
	exit 1
fi
tables="$(echo "$before" | wc -l)"
rows="$(echo "$before" | awk '{s += $2} END {print s}')"
echo "drill: OK — $tables tables, $rows rows restored and counted alike"
