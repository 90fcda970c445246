#!/usr/bin/env node
// `npm test`: the lint checks (npm run lint's four parts, each counted as a test), then builds the real
// and the fixture site once, runs Vitest (unit, component, build-output tests) and Playwright (browser
// tests), and prints one plain "N passed, N failed" line for CI.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAll } from './support/global-setup.ts';
import { LINT_STEPS } from '../tools/quality/lint-steps.ts';

const root = resolve(import.meta.dirname, '..');
const reports = resolve(root, '.test-work/reports');
rmSync(reports, { recursive: true, force: true }); // a stale report must never be counted
mkdirSync(reports, { recursive: true });
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    child.on('close', (code) => {
      console.log(`◀ ${label}: exit ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      done(code ?? 1);
    });
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the runners' JSON reports, read for four counts
const readJson = (file: string): any => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

// The parts of `npm run lint`, each counted as a test, each run even when another failed.
let lintFailed = 0;
for (const { script, what } of LINT_STEPS) {
  if ((await run(`lint: ${what}`, 'npm', ['run', '--silent', script])) !== 0) lintFailed++;
}

console.log('▶ building the sites under test');
const buildStarted = Date.now();
let buildFailed = false;
try {
  await buildAll((line) => console.log(`  ${line}`));
  console.log(`◀ builds done in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`);
} catch (error) {
  buildFailed = true;
  console.error(error instanceof Error ? error.message : String(error));
}

let passed = LINT_STEPS.length - lintFailed;
let failed = lintFailed + (buildFailed ? 1 : 0);
let skipped = 0;
const codes: number[] = [];

if (!buildFailed) {
  const vitestJson = resolve(reports, 'vitest.json');
  codes.push(
    await run(
      'vitest (unit, components, build output)',
      bin('vitest'),
      ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
      {
        NEWS_DIST_READY: '1',
      },
    ),
  );
  const v = readJson(vitestJson);
  if (v) {
    passed += v.numPassedTests;
    failed += v.numFailedTests;
    skipped += v.numPendingTests + v.numTodoTests;
  }
  if (!v || (codes.at(-1) !== 0 && !v.numFailedTests)) failed += 1; // the runner itself failed

  const playwrightJson = resolve(reports, 'playwright.json');
  codes.push(
    await run('playwright (browser tests in Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    }),
  );
  const p = readJson(playwrightJson);
  if (p) {
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
    skipped += p.stats.skipped;
  }
  if (!p || (codes.at(-1) !== 0 && !p.stats.unexpected)) failed += 1; // e.g. a web server that did not start
}

const ok = !buildFailed && failed === 0 && codes.every((c) => c === 0);
console.log('');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
