import type { Page } from 'playwright-core';
import type { ContextOptions } from './browser.js';
import type { Harness, Window } from './harness.js';

/** Picks the demo person on the dev sign-in page `page` shows. */
export async function signInAs(page: Page, displayName: string): Promise<void> {
  // Match the name exactly: descriptions mention other people ("Member reporting to 佐藤 美咲").
  await page
    .getByTestId(/^dev-user-/)
    .filter({ has: page.getByText(displayName, { exact: true }) })
    .click();
}

/** A fresh profile opened at `path` and signed in there as `displayName`. */
export async function openSignedIn(
  harness: Harness,
  displayName: string,
  options: ContextOptions,
  path = '/',
): Promise<Window> {
  const window = await harness.open(options, path);
  await signInAs(window.page, displayName);
  return window;
}

/**
 * My 1on1s, signed in as `displayName`, once the header shows who is signed in: the token is then
 * in the page's sessionStorage, where callApi reads it.
 */
export async function openHome(
  harness: Harness,
  displayName: string,
  options: ContextOptions,
): Promise<Window> {
  const window = await openSignedIn(harness, displayName, options);
  await window.page.getByTestId('signed-in-user').waitFor();
  return window;
}
