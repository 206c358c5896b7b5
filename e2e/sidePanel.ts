import type { BrowserContext, Page } from 'playwright-core';
import { collectPageErrors } from './browser.js';
import type { Harness, Window } from './harness.js';
import { signInAs } from './signIn.js';

/** A window with a 1on1 open in the meeting side panel. */
export interface PanelWindow extends Window {
  sessionId: string;
}

/** The 1on1 the side panel on `page` shows. */
export async function panelSessionId(page: Page): Promise<string> {
  return (await page.getByTestId('side-panel').getAttribute('data-session-id')) ?? '';
}

/**
 * Signs in on `page` (already at /meeting) as `displayName`, picks the 1on1 with `other` and waits
 * until its live stream is connected (the "connecting" notice is gone); gives the 1on1's id.
 */
export async function openPanel(page: Page, displayName: string, other: string): Promise<string> {
  await signInAs(page, displayName);
  await page.getByRole('button', { name: new RegExp(`^${other}`) }).click();
  await waitForPanel(page);
  return panelSessionId(page);
}

/** Waits for the side panel and its live stream, after a reload as after opening it. */
export async function waitForPanel(page: Page): Promise<void> {
  await page.getByTestId('side-panel').waitFor();
  await page.getByTestId('meeting-connection').waitFor({ state: 'detached' });
}

/** A new page in `context` (a profile some other page may share) with the 1on1 with `other` open. */
export async function openPanelIn(
  harness: Harness,
  context: BrowserContext,
  displayName: string,
  other: string,
): Promise<PanelWindow> {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${harness.url}/meeting`);
  return { page, context, errors, sessionId: await openPanel(page, displayName, other) };
}

/** A fresh profile at the Teams side panel's width, 280 px, with the 1on1 with `other` open. */
export async function openSidePanel(
  harness: Harness,
  displayName: string,
  other: string,
  options: { locale: string; height: number },
): Promise<PanelWindow> {
  const context = await harness.profile({ ...options, width: 280 });
  return openPanelIn(harness, context, displayName, other);
}
