import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium: the machine has no internet, so Playwright's own browser download is not an option. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../test-results');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface ContextOptions {
  /** BCP 47, drives navigator.languages and Accept-Language: e.g. `ja-JP`, `en-US`. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** CSS pixels; 280 is the Teams meeting side panel. */
  width?: number;
  height?: number;
}

/** A fresh profile (own storage, own sign-in) sized and localised like the surface under test. */
export function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    timezoneId: 'Asia/Tokyo',
  });
}

/** Full-page screenshot under test-results/, returned path for logging. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fails the test with the page's console errors, which otherwise vanish with the browser. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
