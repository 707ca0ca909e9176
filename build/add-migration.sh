#!/usr/bin/env bash
# Adds a migration named $1 to the given DbContexts (default: every context), for every database engine, so SQLite,
# SQL Server and PostgreSQL never drift apart (ADR 0047). A module team changing only its own schema names its context:
#   build/add-migration.sh AddMeetings Union          (the MigrationsAreInSync test fails until this has been run)
# PROVIDERS="PostgreSql" limits it to some engines (e.g. a new engine's first migration).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: build/add-migration.sh <MigrationName> [Context ...]}"
shift
contexts=("$@")
if [ ${#contexts[@]} -eq 0 ]; then
  contexts=(Platform Inspection Arbitration Union LegalAid Mediation Supervision)
fi
read -r -a providers <<< "${PROVIDERS:-Sqlite SqlServer PostgreSql}"

# Connection strings that are never opened: dotnet-ef only builds the model.
declare -A offline=(
  [Sqlite]="Data Source=design-time.db"
  [SqlServer]="Server=sqlserver;Database=Monolith;Integrated Security=true;TrustServerCertificate=true"
  [PostgreSql]="Host=postgres;Database=monolith;Username=monolith"
)

dotnet tool restore >/dev/null
dotnet build src/Host --nologo -v q
for provider in "${providers[@]}"; do
  for context in "${contexts[@]}"; do
    echo "== $provider / ${context}DbContext"
    dotnet ef migrations add "${name}_${context}" --no-build \
      --project "src/Migrations/Monolith.Migrations.$provider" --startup-project src/Host \
      --context "${context}DbContext" --output-dir "$context" \
      -- --Database:Provider="$provider" --Database:ConnectionString="${offline[$provider]}" --Database:MigrateOnStart=false
  done
done
