import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { screenshot } from './browser.js';
import { startTaiwaAndChromium } from './harness.js';
import { settled } from './pageChecks.js';
import { openSidePanel, type PanelWindow } from './sidePanel.js';
import { openSignedIn } from './signIn.js';
import { callApi } from './tabApi.js';

/**
 * The member's loop and an honest schedule: a second 1on1 on top of a planned one is refused where it
 * is entered, opening the side panel days ahead does not start the 1on1, and after it ends the member
 * rates it in the tab while the manager's side learns that a rating arrived.
 */

const EMILY_PAIR = 'de000000-0000-4000-8000-000000000202';
const MANAGER = '佐藤 美咲';
const EMILY = 'Emily Clark';

const taiwa = startTaiwaAndChromium();

/** A date `days` ahead as the Tokyo calendar shows it (the browsers run in Asia/Tokyo). */
function tokyoDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(Date.now() + days * 86_400_000);
}

async function fillSchedule(page: Page, date: string, time: string, minutes: string) {
  await page.getByTestId(`pair-${EMILY_PAIR}`).getByTestId('pair-schedule').click();
  const dialog = page.getByTestId('schedule-dialog');
  await dialog.getByTestId('schedule-date').fill(date);
  await dialog.getByTestId('schedule-time').fill(time);
  await dialog.getByTestId('schedule-duration').selectOption(minutes);
  await dialog.getByTestId('schedule-submit').click();
}

describe('no double booking', () => {
  it('refuses a second 1on1 of the pair on top of a planned one in the dialog, keeping what was entered', async () => {
    const date = tokyoDate(10);
    const manager = await openSignedIn(taiwa, MANAGER, { locale: 'ja-JP', width: 1280 });
    await settled(manager.page);
    await fillSchedule(manager.page, date, '10:00', '45');
    await manager.page.getByTestId('home-notice').waitFor();

    // The member, in another window, picks an overlapping time for the same pair.
    const member = await openSignedIn(taiwa, EMILY, { locale: 'en-US', width: 1280 });
    await settled(member.page);
    await fillSchedule(member.page, date, '10:30', '30');
    const dialog = member.page.getByTestId('schedule-dialog');
    const overlap = dialog.getByTestId('schedule-overlap');
    await overlap.waitFor();
    expect(await overlap.textContent()).toMatch(
      /already have a 1on1 with 佐藤 美咲 at that time \(.*10:00.*10:45.*\)/,
    );
    expect(await dialog.getByTestId('schedule-date').inputValue()).toBe(date);
    expect(await dialog.getByTestId('schedule-time').inputValue()).toBe('10:30');
    expect(await dialog.getByTestId('schedule-duration').inputValue()).toBe('30');
    await screenshot(member.page, 'schedule-overlap-en-1280');
    expect(await seriousAxeViolations(member.page)).toEqual([]);

    // A free time right after goes through from the same dialog.
    await dialog.getByTestId('schedule-time').fill('10:45');
    await dialog.getByTestId('schedule-submit').click();
    await member.page.getByTestId('home-notice').waitFor();

    // Japanese says so too: the manager now tries a time that collides with the member's booking.
    await manager.page.reload();
    await settled(manager.page);
    await fillSchedule(manager.page, date, '11:00', '60');
    const jaOverlap = manager.page.getByTestId('schedule-dialog').getByTestId('schedule-overlap');
    await jaOverlap.waitFor();
    expect(await jaOverlap.textContent()).toMatch(
      /Emily Clarkさんとの1on1がすでに予定されています（.*10:45.*11:15.*）/,
    );

    const sessions = (await callApi(member.page, 'GET', `/pairs/${EMILY_PAIR}/sessions`)).body as {
      sessions: Array<{ scheduledStart: string }>;
    };
    const onThatDay = sessions.sessions.filter(
      (s) =>
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(s.scheduledStart)) ===
        date,
    );
    expect(onThatDay).toHaveLength(2);
    const unexpected = (errors: string[]) => errors.filter((e) => !/\b409\b/.test(e));
    expect([...unexpected(manager.errors), ...unexpected(member.errors)]).toEqual([]);
  });
});

describe('an honest lifecycle', () => {
  it('keeps a 1on1 two days ahead planned when both open the side panel, with a human countdown', async () => {
    const KENTA_PAIR = 'de000000-0000-4000-8000-000000000201';
    const opened: PanelWindow[] = [];
    for (const [who, other, locale] of [
      ['田中 健太', MANAGER, 'ja-JP'],
      [MANAGER, '田中 健太', 'en-US'],
    ] as const) {
      opened.push(await openSidePanel(taiwa, who, other, { locale, height: 1200 }));
    }
    const [member, manager] = opened as [(typeof opened)[0], (typeof opened)[0]];
    // Give a wrongful "go live" every chance to happen before looking.
    await member.page.waitForTimeout(1_500);
    for (const { page } of opened) {
      expect(await page.getByTestId('meeting-status').getAttribute('data-status')).toBe('planned');
      expect(await page.getByTestId('wrap-up').count()).toBe(0);
    }
    expect(await member.page.getByTestId('meeting-timer').textContent()).toMatch(/^あと[12]日$/);
    expect(await manager.page.getByTestId('meeting-timer').textContent()).toMatch(/^in (1 day|2 days)$/);
    const pair = (await callApi(member.page, 'GET', `/pairs/${KENTA_PAIR}/sessions`)).body as {
      sessions: Array<{ id: string; status: string; scheduledStart: string }>;
    };
    const shown = pair.sessions.find((s) => s.id === member.sessionId);
    expect(shown?.status).toBe('planned');
    expect(new Date(shown?.scheduledStart ?? 0).getTime() - Date.now()).toBeGreaterThan(24 * 3_600_000);
    expect(pair.sessions.filter((s) => s.status === 'live')).toEqual([]);
    await screenshot(member.page, 'lifecycle-planned-ja-280');
    expect([...member.errors, ...manager.errors]).toEqual([]);
  });
});

describe('rating in the tab', () => {
  it('lets the member rate an ended 1on1 where they are, keeps the draft over a reload, and the manager sees it arrived', async () => {
    const KENTA_PAIR = 'de000000-0000-4000-8000-000000000201';
    const member = await openSignedIn(taiwa, '田中 健太', { locale: 'ja-JP', width: 400, height: 1400 });
    await settled(member.page);
    // Today's 1on1, held and ended a little while ago, with an item the member brought.
    const start = Date.now() - 50 * 60_000;
    const held = await callApi(member.page, 'POST', `/pairs/${KENTA_PAIR}/sessions`, {
      scheduledStart: new Date(start).toISOString(),
      scheduledEnd: new Date(start + 30 * 60_000).toISOString(),
    });
    expect(held.status).toBe(201);
    const sessionId = (held.body as { id: string }).id;
    const item = await callApi(member.page, 'POST', `/sessions/${sessionId}/agenda`, {
      themeId: 'growth',
      expectedResponseId: 'listen',
      detail: '資格の勉強について',
    });
    expect(item.status).toBe(201);
    const itemId = (item.body as { id: string }).id;
    expect(
      (await callApi(member.page, 'POST', `/sessions/${sessionId}/status`, { status: 'ended' })).status,
    ).toBe(200);

    // My 1on1s offers "rate now" for it.
    await member.page.reload();
    await settled(member.page);
    const card = member.page.getByTestId(`pair-${KENTA_PAIR}`);
    await card.getByTestId('rate-now').click();
    await member.page.getByTestId('rating-form').waitFor();
    expect(member.page.url()).toContain(`/sessions/${sessionId}/rate`);
    expect(await member.page.getByTestId('rating-manager-sees').textContent()).toContain(
      'まだ何も見えません',
    );

    await member.page.getByTestId('rating-clarity').getByRole('radio', { name: '4' }).check();
    await member.page
      .getByTestId(`rating-fit-${itemId}`)
      .getByRole('radio', { name: '一部合っていた' })
      .check();
    const impressions = '話を最後まで聞いてもらえて、次にやることが見えた。';
    await member.page.getByTestId('rating-impressions').fill(impressions);

    // A reload keeps everything typed and not sent.
    await member.page.reload();
    await member.page.getByTestId('rating-form').waitFor();
    await member.page.getByTestId('rating-draft-restored').waitFor();
    expect(await member.page.getByTestId('rating-impressions').inputValue()).toBe(impressions);
    expect(
      await member.page.getByTestId('rating-clarity').getByRole('radio', { name: '4' }).isChecked(),
    ).toBe(true);

    // Sharing shows, before sending, exactly what the manager will read.
    await member.page.getByTestId('rating-share').check();
    expect(await member.page.getByTestId('rating-manager-sees').textContent()).toContain(impressions);
    await member.page.getByTestId('rating-submit').click();
    await member.page.getByTestId('rating-saved').waitFor();
    await screenshot(member.page, 'rating-saved-ja-400');
    expect(await seriousAxeViolations(member.page)).toEqual([]);

    const form = (await callApi(member.page, 'GET', `/sessions/${sessionId}/rating`)).body as {
      rating: {
        clarity: number;
        impressions: string;
        shareImpressions: boolean;
        fits: Array<{ fit: string }>;
      };
      managerSees: { state: string; impressions: string | null };
    };
    expect(form.rating).toMatchObject({ clarity: 4, impressions, shareImpressions: true });
    expect(form.rating.fits.map((f) => f.fit)).toEqual(['partly']);
    expect(form.managerSees).toEqual({ state: 'rated', impressions });

    // Still editable: a change is saved, and the draft is gone once sent.
    await member.page.getByTestId('rating-clarity').getByRole('radio', { name: '5' }).check();
    await member.page.getByTestId('rating-submit').click();
    await member.page.getByTestId('rating-saved').waitFor();
    const edited = (await callApi(member.page, 'GET', `/sessions/${sessionId}/rating`)).body as {
      rating: { clarity: number };
    };
    expect(edited.rating.clarity).toBe(5);
    await member.page.reload();
    await member.page.getByTestId('rating-form').waitFor();
    expect(await member.page.getByTestId('rating-draft-restored').count()).toBe(0);

    // "Rate now" is gone from My 1on1s.
    await member.page.goto(`${taiwa.url}/`);
    await settled(member.page);
    await card.waitFor();
    expect(await card.getByTestId('rate-now').count()).toBe(0);

    // The manager, in another window, sees that the rating arrived, with the shared impressions.
    const manager = await openSignedIn(
      taiwa,
      MANAGER,
      { locale: 'en-US', width: 1280 },
      `/pairs/${KENTA_PAIR}/history`,
    );
    await manager.page.getByTestId('history-entry').first().waitFor();
    const latest = manager.page.getByTestId('history-entry').first().getByTestId('history-rating');
    expect(await latest.textContent()).toContain('Rated');
    expect(await latest.textContent()).toContain(impressions);
    expect([...member.errors, ...manager.errors]).toEqual([]);
  });
});
