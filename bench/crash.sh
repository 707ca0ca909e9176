#!/usr/bin/env bash
# The crash harness (issue #7; bench/README.md): the real host under load on one SQLite file, killed with SIGKILL
# several times and restarted; then every acknowledged command must be there exactly once and every event applied
# exactly once. Exits non-zero on any violation. Arguments go to the driver, e.g. bench/crash.sh --kills 10 --clients 8.
# By default it builds Release first; `CONFIGURATION=Debug bench/crash.sh --no-build` runs what `dotnet build
# Monolith.sln` already built (build/test.sh does that).
set -euo pipefail
cd "$(dirname "$0")/.."
configuration="${CONFIGURATION:-Release}"
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  dotnet build src/Host -c "$configuration" -nologo -v q
  dotnet build bench/Monolith.Bench -c "$configuration" -nologo -v q
fi
exec dotnet "bench/Monolith.Bench/bin/$configuration/net10.0/Monolith.Bench.dll" crash \
  --host "src/Host/bin/$configuration/net10.0/Monolith.Host.dll" "$@"
