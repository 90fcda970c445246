#!/usr/bin/env node
// `npm run lint`: every part (lint-steps.ts) runs even when an earlier one failed, so one run shows every
// problem; exits 1 if any failed.
import { spawnSync } from 'node:child_process';
import { LINT_STEPS } from './lint-steps.ts';

const failed: string[] = [];
for (const { script, what } of LINT_STEPS) {
  console.log(`\n▶ ${what}: npm run ${script}`);
  if (spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' }).status !== 0) failed.push(what);
}
console.log(failed.length ? `\n✗ lint: ${failed.join('; ')}` : `\n✓ lint: ${LINT_STEPS.map((s) => s.what).join('; ')}`);
process.exit(failed.length ? 1 : 0);
