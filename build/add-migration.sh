#!/usr/bin/env bash
# Adds a migration named $1 to every DbContext, for both providers, so SQLite and SQL Server never drift apart.
# Usage: build/add-migration.sh AddSomething        (the MigrationsAreInSync test fails until this has been run)
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: build/add-migration.sh <MigrationName>}"
contexts=(Platform Inspection Arbitration Union LegalAid Mediation Supervision)

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
