#!/usr/bin/env bash
# Adds a migration named $1 to the given DbContexts (default: every context), for both providers, so SQLite and SQL
# Server never drift apart. A module team changing only its own schema names its own context:
#   build/add-migration.sh AddMeetings Union          (the MigrationsAreInSync test fails until this has been run)
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: build/add-migration.sh <MigrationName> [Context ...]}"
shift
contexts=("$@")
if [ ${#contexts[@]} -eq 0 ]; then
  contexts=(Platform Inspection Arbitration Union LegalAid Mediation Supervision)
fi

dotnet tool restore >/dev/null
dotnet build src/Host --nologo -v q
for provider in Sqlite SqlServer; do
  for context in "${contexts[@]}"; do
    echo "== $provider / ${context}DbContext"
    dotnet ef migrations add "${name}_${context}" --no-build \
      --project "src/Migrations/Monolith.Migrations.$provider" --startup-project src/Host \
      --context "${context}DbContext" --output-dir "$context" \
      -- --Database:Provider="$provider" --Database:MigrateOnStart=false
  done
done
