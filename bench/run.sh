#!/usr/bin/env bash
# One command for every benchmark: builds Release, starts the real host and the bare baseline beside it on one database,
# drives load and prints one table. Arguments go to the driver, e.g. bench/run.sh --clients 1,8 --seconds 5 --rounds 1.
# With --database postgresql it starts a throwaway PostgreSQL cluster (build/postgres.sh) with fsync on, as a
# deployment would run it, and stops it on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Host -c Release -nologo -v q
dotnet build bench/Monolith.Bench -c Release -nologo -v q
if [[ " $* " == *" --database postgresql "* || " $* " == *" --database=postgresql "* ]]; then
  export MONOLITH_PG_DIR="${TMPDIR:-/tmp}/monolith-bench-pg" MONOLITH_PG_DURABLE=1
  eval "$(build/postgres.sh start)"
  trap 'build/postgres.sh stop' EXIT
  dotnet bench/Monolith.Bench/bin/Release/net10.0/Monolith.Bench.dll --host src/Host/bin/Release/net10.0/Monolith.Host.dll "$@"
else
  exec dotnet bench/Monolith.Bench/bin/Release/net10.0/Monolith.Bench.dll --host src/Host/bin/Release/net10.0/Monolith.Host.dll "$@"
fi
