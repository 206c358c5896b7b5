/**
 * Time from opening the meeting side panel inside a (stand-in) Teams meeting to the tab calling
 * `app.notifySuccess()`, in headless Chromium with the CPU slowed four times, cold each run.
 * Run: `npm run bench:tab` (builds the tab first). Prints each run and the median.
 */
import type { CDPSession } from 'playwright-core';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../../api/src/dev/demoTenant.js';
import { startTestServer } from '../../api/src/testing/testServer.js';
import { launchBrowser, newContext } from '../../e2e/browser.js';
import { openInFakeMeeting, waitForHostCall } from '../../e2e/host/meetingHost.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CPU_SLOWDOWN = 4;

async function main(): Promise<void> {
  const server = await startTestServer();
  const browser = await launchBrowser();
  const tokenResponse = await fetch(`${server.url}/api/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: DEMO_PEOPLE.kenta.id }),
  });
  const { accessToken } = (await tokenResponse.json()) as { accessToken: string };
  const chatId = '19:meeting_bench@thread.v2';
  await fetch(`${server.url}/api/v1/meetings/link`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ chatId, pairId: DEMO_PAIRS[0]?.id }),
  });

  const timings: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await newContext(browser, { locale: 'ja-JP', width: 280, height: 900 });
    const page = await context.newPage();
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const started = Date.now();
    await openInFakeMeeting(page, server.url, {
      locale: 'ja-jp',
      frameContext: 'sidePanel',
      chatId,
      tabPath: '/meeting',
      accessToken,
    });
    await waitForHostCall(page, 'appInitialization.success');
    const elapsed = Date.now() - started;
    timings.push(elapsed);
    console.log(`run ${run + 1}: ${elapsed} ms to notifySuccess`);
    await context.close();
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `\nside panel, ${CPU_SLOWDOWN}x CPU slowdown, cold: median ${median} ms, min ${sorted[0]} ms, max ${sorted.at(-1)} ms over ${RUNS} runs`,
  );
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
