#!/usr/bin/env bash
# Starts the production build on a fresh database for the end-to-end tests: the demo content plus
# several hundred generated partner profiles, news and events.
set -euo pipefail
rm -rf "${E2E_DATA_DIR:?}"
mkdir -p "$E2E_DATA_DIR"
node --conditions=react-server --import tsx scripts/migrate.ts
node --conditions=react-server --import tsx scripts/seed.ts
node --conditions=react-server --import tsx scripts/generate-fixtures.ts --partners 400 --news 40 --events 12 --logos 0.2 --out "$E2E_DATA_DIR/fixtures"
node --import tsx e2e/helpers/accounts.ts "$E2E_DATA_DIR/portal.db"
echo 0 > "$E2E_DATA_DIR/clock-offset"
# FAULT_FILE: while that file exists, the search page fails (the error page's test).
# The server's output also goes to a file, which e2e/zz-server-log.spec.ts reads at the end.
# The suite searches and renders from one address with several workers at once: generous load
# shedding here; e2e/load-shedding.spec.ts starts a server of its own with tight limits.
exec env HOST=127.0.0.1 SEARCH_BURST=100000 RENDER_QUEUE=10000 RENDER_QUEUE_MS=120000 QUERY_LOG_FILE="$E2E_DATA_DIR/queries.log" PAGE_CACHE_STATS_FILE="$E2E_DATA_DIR/page-cache.json" FAULT_FILE="$E2E_DATA_DIR/fault" node server.mjs > >(tee -a "$E2E_DATA_DIR/server.log") 2>&1
