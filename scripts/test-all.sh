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

step 'Content: npm run validate'
npm run --silent validate

step 'Content: generated JSON Schema and generated questions are up to date'
npm run --silent schema:check
npm run --silent generate:check

step 'Types: svelte-check'
npm run --silent check

step 'Format and lint'
npm run --silent lint

mkdir -p test-results
step 'Unit tests (vitest)'
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json

step 'Browser tests (Playwright + Chromium)'
npx playwright test

node scripts/test-summary.js test-results/unit.json test-results/e2e.json
