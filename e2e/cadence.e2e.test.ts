import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { screenshot } from './browser.js';
import { startTaiwaAndChromium } from './harness.js';
import { openHome } from './signIn.js';
import { callApi } from './tabApi.js';

/**
 * A pair's rhythm: the member sets it on the home page in Japanese, the manager sees it in English,
 * and booking the next 1on1 offers the rhythm's date first.
 */

const MANAGER = 'David Miller';
const MEMBER = '鈴木 花子';
const PAIR_ID = 'de000000-0000-4000-8000-000000000203';

const taiwa = startTaiwaAndChromium();

/** My 1on1s in a fresh, tall window, signed in as `displayName`. */
const home = (displayName: string, locale: 'ja-JP' | 'en-US') =>
  openHome(taiwa, displayName, { locale, width: 1024, height: 1400 });

describe("a pair's rhythm", () => {
  it('is set by the member, seen by the manager, and offered first when booking the next 1on1', async () => {
    const member = await home(MEMBER, 'ja-JP');
    const memberCard = member.page.getByTestId(`pair-${PAIR_ID}`);
    const cadence = memberCard.getByTestId('cadence');
    await cadence.getByTestId('cadence-summary').waitFor();
    expect(await cadence.getByTestId('cadence-summary').textContent()).toContain('リズムは未設定です');

    await cadence.getByTestId('cadence-edit').click();
    await cadence.getByTestId('cadence-rhythm').selectOption('biweekly');
    await cadence.getByTestId('cadence-weekday').selectOption('4');
    await cadence.getByTestId('cadence-time').fill('14:00');
    await cadence.getByTestId('cadence-duration').selectOption('45');
    await screenshot(member.page, 'cadence-1-member-form-ja');
    await cadence.getByTestId('cadence-save').click();
    await cadence.getByTestId('cadence-status').waitFor();
    expect(await cadence.getByTestId('cadence-summary').textContent()).toBe('隔週木曜日 14:00（45分）');
    expect(await cadence.getByTestId('cadence-next').textContent()).toContain('このリズムだと次回は');
    expect(await seriousAxeViolations(member.page)).toEqual([]);
    await screenshot(member.page, 'cadence-2-member-saved-ja');

    // The manager sees the same rhythm, in English.
    const manager = await home(MANAGER, 'en-US');
    const managerCard = manager.page.getByTestId(`pair-${PAIR_ID}`);
    await managerCard.getByTestId('cadence-summary').filter({ hasText: 'Every other' }).waitFor();
    expect(await managerCard.getByTestId('cadence-summary').textContent()).toBe(
      'Every other Thursday at 14:00 (45 min)',
    );
    const view = (await callApi(manager.page, 'GET', `/pairs/${PAIR_ID}/cadence`)).body as {
      next: { scheduledStart: string };
    };

    // Their 1on1 ends; booking the next one proposes the rhythm's date first.
    const pairs = (await callApi(manager.page, 'GET', '/pairs')).body as {
      pairs: Array<{ id: string; nextSession: { id: string } | null }>;
    };
    const next = pairs.pairs.find((pair) => pair.id === PAIR_ID)?.nextSession;
    expect(next).toBeTruthy();
    const ended = await callApi(manager.page, 'POST', `/sessions/${next?.id}/status`, { status: 'ended' });
    expect(ended.status).toBe(200);
    await manager.page.reload();
    await managerCard.getByTestId('book-next-toggle').click();
    const booking = managerCard.getByTestId('next-booking');
    await booking.getByRole('button', { name: 'Find times' }).click();
    const first = booking.getByRole('radio').first();
    await first.waitFor();
    // The rhythm's date comes first, tagged, and is the one chosen by default.
    const rhythmRadio = booking.getByRole('radio', { name: /your rhythm/ });
    expect(await rhythmRadio.count()).toBe(1);
    expect(await rhythmRadio.isChecked()).toBe(true);
    expect(await first.getAttribute('data-rhythm')).toBe('true');
    const proposals = (await callApi(manager.page, 'GET', `/sessions/${next?.id}/next/proposals`)).body as {
      proposals: Array<{ scheduledStart: string; rhythm: boolean }>;
    };
    expect(proposals.proposals[0]?.rhythm).toBe(true);
    // Counted from the 1on1 just ended, not necessarily the date the home card showed before.
    expect(Date.parse(proposals.proposals[0]?.scheduledStart ?? '')).toBeGreaterThan(Date.now());
    expect(view.next.scheduledStart).toBeTruthy();
    await screenshot(manager.page, 'cadence-3-manager-booking-en');

    await booking.getByRole('button', { name: 'Book this time' }).click();
    // Booked: the card now shows it as the next 1on1 (the booking offer closes).
    await managerCard.getByTestId('pair-next').filter({ hasNotText: 'Not scheduled' }).waitFor();
    const pairsAfter = (await callApi(manager.page, 'GET', '/pairs')).body as {
      pairs: Array<{ id: string; nextSession: { scheduledStart: string } | null }>;
    };
    expect(pairsAfter.pairs.find((pair) => pair.id === PAIR_ID)?.nextSession?.scheduledStart).toBe(
      proposals.proposals[0]?.scheduledStart,
    );
    expect(member.errors).toEqual([]);
    expect(manager.errors).toEqual([]);
  });

  it('keeps the choices on screen with the reason when the server refuses them', async () => {
    const member = await home(MEMBER, 'en-US');
    const cadence = member.page.getByTestId(`pair-${PAIR_ID}`).getByTestId('cadence');
    await cadence.getByTestId('cadence-edit').click();
    await cadence.getByTestId('cadence-rhythm').selectOption('monthly');
    await cadence.getByTestId('cadence-week').selectOption('5');
    await cadence.getByTestId('cadence-weekday').selectOption('5');
    // Offline: the write cannot reach the server.
    await member.page.context().setOffline(true);
    await cadence.getByTestId('cadence-save').click();
    await cadence.getByRole('alert').waitFor();
    expect(await cadence.getByRole('alert').textContent()).toContain('Not saved');
    expect(await cadence.getByTestId('cadence-rhythm').inputValue()).toBe('monthly');
    expect(await cadence.getByTestId('cadence-week').inputValue()).toBe('5');
    expect(await cadence.getByTestId('cadence-status').count()).toBe(0);
    await member.page.context().setOffline(false);
    await cadence.getByTestId('cadence-save').click();
    await cadence.getByTestId('cadence-status').waitFor();
    expect(await cadence.getByTestId('cadence-summary').textContent()).toBe(
      'Monthly on the last Friday at 14:00 (45 min)',
    );
  });
});
