#!/usr/bin/env bash
# The database tests run against PGlite and against a PostgreSQL server. Find the server (by
# default 127.0.0.1:5432, user postgres, trust auth; CLASSROOM_TEST_DATABASE_URL overrides), or
# install and start Debian's when we can; otherwise say how, and fail: never skip silently.
set -euo pipefail
cd "$(dirname "$0")/.."
url="${CLASSROOM_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"

reachable() {
	node -e "
		const pg = require('pg');
		const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
		c.connect().then(() => c.query('select 1')).then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
	" "$url" 2>/dev/null
}

if reachable; then
	exit 0
fi
if [ -n "${CLASSROOM_TEST_DATABASE_URL:-}" ]; then
	echo "✖ PostgreSQL is not reachable at CLASSROOM_TEST_DATABASE_URL=$url" >&2
	exit 1
fi

echo "PostgreSQL not reachable at $url; installing and starting Debian's postgresql…"
as_root() {
	if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}
if command -v apt-get >/dev/null && as_root true; then
	if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
		as_root apt-get update -qq
		as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
	fi
	version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
	if command -v pg_lsclusters >/dev/null && ! pg_lsclusters -h | grep -q .; then
		as_root pg_createcluster "$version" main >/dev/null
	fi
	cluster="$(pg_lsclusters -h | head -1 | awk '{print $1, $2}')"
	conf_dir="/etc/postgresql/${cluster% *}/${cluster#* }"
	# Local test server only: trust connections from this machine, on port 5432.
	if ! as_root grep -q '^host all all 127.0.0.1/32 trust' "$conf_dir/pg_hba.conf"; then
		as_root sed -i '1i host all all 127.0.0.1/32 trust' "$conf_dir/pg_hba.conf"
	fi
	as_root pg_ctlcluster ${cluster} start 2>/dev/null || as_root pg_ctlcluster ${cluster} reload
	for _ in $(seq 1 30); do
		as_root su postgres -c "psql -p 5432 -tAc \"select 1 from pg_database where datname = 'test'\"" 2>/dev/null | grep -q 1 && break
		as_root su postgres -c "createdb -p 5432 test" 2>/dev/null && break
		sleep 1
	done
fi

if ! reachable; then
	cat >&2 <<MSG
✖ The database tests need a PostgreSQL server and none could be started automatically.
  On Debian or Ubuntu:  sudo apt-get install -y postgresql, then allow trusted local connections
  (a line "host all all 127.0.0.1/32 trust" at the top of pg_hba.conf) and create a database "test".
  Elsewhere: point CLASSROOM_TEST_DATABASE_URL at a server where that user may create databases,
  e.g. CLASSROOM_TEST_DATABASE_URL=postgres://me:secret@localhost:5432/postgres npm test
MSG
	exit 1
fi
echo "PostgreSQL is running at $url"
