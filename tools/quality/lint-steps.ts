// The parts of `npm run lint`, as the npm scripts that run them. tools/quality/lint.ts runs them all,
// and `npm test` (tests/run.ts) counts each as a test.
export const LINT_STEPS = [
  { script: 'lint:format', what: 'format (Prettier)' },
  { script: 'lint:code', what: 'code and layout boundaries (ESLint)' },
  { script: 'lint:dead', what: 'unused files, exports, dependencies (knip)' },
  { script: 'typecheck', what: 'types (astro check)' },
] as const;
