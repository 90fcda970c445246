#!/usr/bin/env node
// @ts-check
// Runs after `npm install` (postinstall) on the project's own Node: the node devDependency puts Node 24
// first on PATH for npm's scripts. npm itself runs on the machine's Node (20 here) and compares every
// package's `engines` with that one, which never runs this project's code; the project's .npmrc keeps
// npm to errors, and this is the same check against the Node that does run the code. A package that
// does not support it fails the install, naming the package. Plain JavaScript, so that on a wrong Node
// it still runs and says so.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { checkEngines } from './engines.mjs';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const project = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const installed = JSON.parse(readFileSync(resolve(root, 'node_modules/.package-lock.json'), 'utf8'));

if (!semver.satisfies(process.version, project.engines.node)) {
  console.error(
    `[setup] This project runs on Node ${project.engines.node}, but npm's scripts got Node ${process.version}: ` +
      'the "node" devDependency is missing (was the install run with --ignore-scripts?). Run `npm ci` again.',
  );
  process.exit(1);
}
const { checked, unsupported } = checkEngines(installed.packages, process.version);
if (unsupported.length) {
  console.error(`[setup] ${unsupported.length} installed package(s) do not support this project's Node ${process.version}:`);
  for (const line of unsupported) console.error(`  ${line}`);
  process.exit(1);
}
console.log(
  `[setup] Node ${process.version} (the node devDependency): all ${checked} installed packages that name a Node version support it.`,
);
