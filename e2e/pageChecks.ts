import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The page's one level-1 heading with exactly this name. */
export function heading1(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** Waits until nothing is loading any more: no spinner, no write in flight, no view still on its way. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[aria-busy="true"], [role="progressbar"]').length === 0 &&
      !document.querySelector(
        '[data-testid="prepare-loading"], [data-testid="view-loading"], [data-testid="app-loading"]',
      ),
  );
}

/** Waits until the text box with `testId` holds exactly `value` (a live update from the other window). */
export async function expectValue(
  page: Page,
  testId: string,
  value: string,
  timeout?: number,
): Promise<void> {
  await page.waitForFunction(
    ({ testId, value }) =>
      (document.querySelector(`[data-testid="${testId}"]`) as HTMLTextAreaElement | null)?.value === value,
    { testId, value },
    timeout === undefined ? {} : { timeout },
  );
}

/** The page fits its window's width: nothing makes it scroll sideways (280 px in the side panel). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
