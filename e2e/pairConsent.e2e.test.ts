import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { screenshot } from './browser.js';
import { callTaiwa, devToken } from './devApi.js';
import { startTaiwaAndChromium } from './harness.js';
import { openSignedIn } from './signIn.js';

/** David names himself Kenta's manager; Kenta sees the request on My 1on1s and confirms it. */
const DAVID = 'de000000-0000-4000-8000-000000000104';
const KENTA = 'de000000-0000-4000-8000-000000000102';

const taiwa = startTaiwaAndChromium();

describe('a manager request the member answers', { timeout: 90_000 }, () => {
  it('shows Kenta the request in Japanese, and after he confirms, the pair', async () => {
    const pair = await callTaiwa<{ id: string; status: string }>(taiwa.url, '/pairs', {
      token: await devToken(taiwa.url, DAVID),
      method: 'POST',
      body: { managerId: DAVID, memberId: KENTA },
    });
    expect(pair.status).toBe('pending');

    const { page, errors } = await openSignedIn(taiwa, '田中 健太', {
      locale: 'ja-JP',
      width: 1280,
      colorScheme: 'light',
    });
    const request = page.getByTestId('pair-pending');
    await request.waitFor();
    expect(await request.textContent()).toContain('David Millerさんが、あなたの上司として登録を求めています');
    await screenshot(page, 'pair-request-ja-1280-light');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await request.getByTestId('pair-confirm').click();
    await page.getByTestId(`pair-${pair.id}`).waitFor();
    expect(await page.getByTestId('pair-pending').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
