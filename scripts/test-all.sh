#!/usr/bin/env bash
# npm test: everything the project checks, in order, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Chromium for the browser tests"
bash scripts/ensure-chromium.sh

step "Dependencies"
if [ ! -d node_modules/.bin ] || [ package.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi

step "Lint"
npm run -s lint

step "Types"
npm run -s typecheck

step "Formatting"
npm run -s format:check

step "Unit and integration tests"
npm run -s test:unit

step "Production build (without a database)"
# The build must never open the database: point it somewhere that cannot exist.
DATABASE_URL=file:/nonexistent/readonly/portal.db npx next build

step "End-to-end tests (Chromium, production build)"
npm run -s test:e2e
