# Sourced by .ci/run: starts a throwaway PostgreSQL server for the tests and
# exports NEWSHOUND_TEST_POSTGRES (a URL of its admin database); the tests
# create a database of their own in it and drop it when they end. The server
# listens on 127.0.0.1 only, keeps its files in a temporary directory, runs
# as an unprivileged user, and is stopped when the calling shell exits.
#
# It installs Debian's postgresql package when no server binaries are there,
# as README's "Scaling out" tells a user to.

start_test_postgres() {
	local bin
	bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
		if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
			echo "PostgreSQL is not installed and cannot be installed here; its tests will be skipped"
			return 0
		fi
		echo "installing Debian's postgresql package for the PostgreSQL tests"
		apt-get update -qq >/dev/null
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
		bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
	fi

	PG_TEST_DIR=$(mktemp -d /tmp/newshound-pg.XXXXXX)
	local as=()
	if [ "$(id -u)" = 0 ]; then
		# PostgreSQL refuses to run as root.
		local user=postgres
		id "$user" >/dev/null 2>&1 || user=nobody
		chown "$user" "$PG_TEST_DIR"
		as=(runuser -u "$user" --)
	fi
	PG_TEST_AS=("${as[@]}")
	PG_TEST_BIN=$bin
	"${as[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U newshound --auth=trust -E UTF8 --no-locale --no-sync \
		>"$PG_TEST_DIR/initdb.log" 2>&1 || { cat "$PG_TEST_DIR/initdb.log"; return 1; }

	local port tries
	for tries in 1 2 3 4 5; do
		port=$((20000 + RANDOM % 20000))
		if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			continue # taken
		fi
		if "${as[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 30 -o \
			"-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
			start >/dev/null; then
			export NEWSHOUND_TEST_POSTGRES="postgres://newshound@127.0.0.1:$port/postgres?sslmode=disable"
			trap stop_test_postgres EXIT
			echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
			return 0
		fi
	done
	cat "$PG_TEST_DIR/server.log"
	return 1
}

stop_test_postgres() {
	"${PG_TEST_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$PG_TEST_DIR"
}
