#!/usr/bin/env bash
# One command for every benchmark: builds Release, starts the real host and the bare baseline beside it on one SQLite
# file, drives load and prints one table. Arguments go to the driver, e.g. bench/run.sh --clients 1,8 --seconds 5 --rounds 1
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Host -c Release -nologo -v q
dotnet build bench/Monolith.Bench -c Release -nologo -v q
exec dotnet bench/Monolith.Bench/bin/Release/net10.0/Monolith.Bench.dll --host src/Host/bin/Release/net10.0/Monolith.Host.dll "$@"
