import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ContextOptions, collectPageErrors, launchBrowser, newContext } from './browser.js';
import { type RunningTaiwa, startTaiwa } from './server.js';

/** Generous: on a busy machine starting the server and Chromium together can take minutes. */
const START_TIMEOUT_MS = 300_000;

/** One person's browser window: a page in its own profile, with the console errors it logged. */
export interface Window {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

/** Taiwa and Chromium as a test file sees them, once its beforeAll has run. */
export interface Harness {
  /** Taiwa's base URL, without a trailing slash. */
  readonly url: string;
  readonly browser: Browser;
  /** A fresh profile (own storage, own sign-in), closed after the file's tests. */
  profile(options?: ContextOptions): Promise<BrowserContext>;
  /** A page in a fresh profile, opened at `path`, its console errors collected. */
  open(options?: ContextOptions, path?: string): Promise<Window>;
}

/**
 * Starts Taiwa (with `env()` read when it starts, for stand-ins started before it) and Chromium
 * before the file's tests, and closes every profile opened through the harness, the browser and
 * Taiwa after them.
 */
export function startTaiwaAndChromium(options: { env?: () => Record<string, string> } = {}): Harness {
  let taiwa: RunningTaiwa | undefined;
  let chromium: Browser | undefined;
  const profiles: BrowserContext[] = [];

  beforeAll(async () => {
    [taiwa, chromium] = await Promise.all([startTaiwa(options.env?.()), launchBrowser()]);
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    for (const profile of profiles) await profile.close();
    await chromium?.close();
    await taiwa?.close();
  });

  const harness: Harness = {
    get url() {
      if (!taiwa) throw new Error('Taiwa has not started: use the harness inside a test or hook');
      return taiwa.url;
    },
    get browser() {
      if (!chromium) throw new Error('Chromium has not started: use the harness inside a test or hook');
      return chromium;
    },
    async profile(contextOptions) {
      const context = await newContext(harness.browser, contextOptions);
      profiles.push(context);
      return context;
    },
    async open(contextOptions, path = '/') {
      const context = await harness.profile(contextOptions);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${harness.url}${path}`);
      return { page, context, errors };
    },
  };
  return harness;
}
