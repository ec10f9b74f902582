#!/usr/bin/env bash
# Adds one migration with the same name to all three provider assemblies, so their histories stay in step.
# Usage: scripts/add-migration.sh <MigrationName>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  project="src/SalesOps.Data.$provider"
  echo "== $provider"
  dotnet build "$project" -v q -nologo | grep -E "error|warn" || true
  dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" --output-dir Migrations \
    --context SalesOpsDbContext
done
# dotnet ef stamps each assembly with its own clock reading; give all three the first one so the migration ids
# (and every database's __EFMigrationsHistory) are identical whatever the provider.
id=$(basename "$(ls src/SalesOps.Data.Sqlite/Migrations/*_"$name".cs | grep -v Designer | head -n 1)" .cs)
for provider in SqlServer PostgreSql; do
  dir="src/SalesOps.Data.$provider/Migrations"
  old=$(basename "$(ls "$dir"/*_"$name".cs | grep -v Designer | head -n 1)" .cs)
  [ "$old" = "$id" ] && continue
  mv "$dir/$old.cs" "$dir/$id.cs"
  mv "$dir/$old.Designer.cs" "$dir/$id.Designer.cs"
  sed -i "s/\"$old\"/\"$id\"/" "$dir/$id.Designer.cs"
done
echo "Added migration '$name' for Sqlite, SqlServer and PostgreSql."
