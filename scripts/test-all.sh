#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

if [ ! -d node_modules ]; then
	step 'Installing dependencies (npm install)'
	npm install --no-audit --no-fund
fi

step 'Browser for the browser tests'
bash scripts/ensure-chromium.sh

step 'xmllint for the QTI export tests'
bash scripts/ensure-xmllint.sh

step 'PostgreSQL server for the database tests (they also run on PGlite)'
bash scripts/ensure-postgres.sh

step 'Content: npm run validate'
npm run --silent validate

step 'Content: generated JSON Schema and generated questions are up to date'
npm run --silent schema:check
npm run --silent generate:check

step 'Types: svelte-check'
npm run --silent check

step 'Format and lint'
npm run --silent lint

mkdir -p reports
step 'Unit tests (vitest)'
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json

step 'Browser tests (Playwright + Chromium)'
# The app under test keeps its classroom database in a fresh folder, not in ./data, so it
# neither sees nor locks a developer's own sessions.
e2e_data="$(mktemp -d)"
trap 'rm -rf "$e2e_data"' EXIT
DATA_DIR="$e2e_data" npx playwright test

node scripts/test-summary.js reports/unit.json reports/e2e.json
