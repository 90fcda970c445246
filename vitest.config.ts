/// <reference types="vitest/config" />
// Vitest: unit tests (pure modules), component tests (Astro Container API) and build-output tests.
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/build/**/*.test.ts'],
      globalSetup: ['tests/support/global-setup.ts'],
      // Build tests run real `astro build`s: one file at a time keeps the 2-core machine responsive.
      fileParallelism: false,
      testTimeout: 20_000,
      hookTimeout: 180_000,
    },
    // Astro's own info lines (and our integrations') belong to builds, not to test or knip output.
  },
  { logLevel: 'warn' },
);
