#!/usr/bin/env bash
# Starts the production build on a fresh database for the end-to-end tests.
set -euo pipefail
rm -rf "${E2E_DATA_DIR:?}"
mkdir -p "$E2E_DATA_DIR"
node --conditions=react-server --import tsx scripts/migrate.ts
node --conditions=react-server --import tsx scripts/seed.ts
exec npx next start --hostname 127.0.0.1 --port "$PORT"
