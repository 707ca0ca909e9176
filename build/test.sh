#!/usr/bin/env bash
# The test command (README): installs what a fresh machine lacks, builds with warnings as errors, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser test drives Debian's Chromium (Playwright cannot download its own browser here); the CJK font
# makes its screenshots legible.
if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian's chromium for the browser test"
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

# The Union tests read the meeting invitations with an independent RFC 5545 parser (npm ical.js, locked in
# tests/tools/ics/package-lock.json); installed once, then left alone, so a later run needs no network.
if [ ! -d tests/tools/ics/node_modules/ical.js ]; then
  echo "== installing the calendar-file parser for the tests (npm ical.js)"
  npm ci --prefix tests/tools/ics --no-audit --no-fund --loglevel=error
fi

# The PostgreSQL suites run on a throwaway cluster of Debian's postgresql (installed if missing), stopped on exit.
echo "== starting a throwaway PostgreSQL cluster (build/postgres.sh)"
eval "$(build/postgres.sh start)"
trap 'build/postgres.sh stop' EXIT

echo "== restoring tools and packages"
dotnet tool restore
dotnet restore Monolith.sln

echo "== building (warnings are errors)"
dotnet build Monolith.sln --no-restore -nologo

echo "== testing on SQLite (every suite)"
start=$(date +%s)
dotnet test Monolith.sln --no-build -nologo --logger "console;verbosity=minimal"
echo "== all tests passed on SQLite in $(( $(date +%s) - start )) s"

# ADR 0047: the suites that exercise the database (the host's API, pages, outbox/inbox and deadline jobs; the building
# blocks' messaging, scheduling and deadline tests) again, each test host on its own fresh PostgreSQL database.
echo "== testing on PostgreSQL (host and building-block suites)"
start=$(date +%s)
MONOLITH_TEST_DATABASE=PostgreSql dotnet test tests/Monolith.BuildingBlocks.Tests --no-build -nologo --logger "console;verbosity=minimal"
MONOLITH_TEST_DATABASE=PostgreSql dotnet test tests/Monolith.Host.Tests --no-build -nologo --logger "console;verbosity=minimal"
echo "== PostgreSQL suites passed in $(( $(date +%s) - start )) s"

# The crash harness (ADR 0037): the host as a separate process under load, SIGKILLed and restarted five times on one
# SQLite file; every acknowledged command must be durable and every event applied exactly once. Uses the Debug build above.
echo "== crash harness (bench/crash.sh)"
start=$(date +%s)
CONFIGURATION=Debug bench/crash.sh --no-build --kills "${CRASH_KILLS:-5}"
echo "== crash harness passed in $(( $(date +%s) - start )) s"
