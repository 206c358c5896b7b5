import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// CI always runs the browser tests (and installs Chromium first). On a machine without Debian's
// Chromium they are left out with a warning rather than failing `npm test` for a newcomer.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTests = existsSync(chromium) || process.env.CI === 'true';
if (!browserTests) {
  console.warn(
    `\n⚠ ${chromium} not found: browser tests (e2e/) are skipped. Install it with: apt-get install chromium\n`,
  );
}

export default defineConfig({
  // Tests run the bot's sources, so they never depend on a stale bot/dist.
  resolve: { alias: { '@taiwa/bot': path.resolve(import.meta.dirname, 'bot/src/index.ts') } },
  test: {
    // Vitest's default is one worker fewer than the cores, one worker on this 2-core machine; most
    // test time is spent waiting on PGlite, sockets and Chromium, so two files at a time fill the
    // cores without starving them (CI stays well under its 30 minutes).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          include: ['api/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Start-ups (PGlite, migrations, seeding, stand-ins) share two cores with the other files.
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'bot',
          include: ['bot/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Start-ups (PGlite, migrations, seeding, stand-ins) share two cores with the other files.
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'tab',
          include: ['tab/src/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'tooling',
          include: ['scripts/**/*.test.ts', 'infra/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: browserTests ? ['e2e/**/*.e2e.test.ts'] : [],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
