import { callTaiwa, devToken } from './devApi.js';

const KENTA_PAIR = 'de000000-0000-4000-8000-000000000201';
const MISAKI_ID = 'de000000-0000-4000-8000-000000000101';

/**
 * Books the demo pair (佐藤 美咲 and 田中 健太) a 1on1 starting in two minutes: opening the side
 * panel within its window makes it live for both (the seeded one, days ahead, would stay planned).
 */
export async function scheduleOneOnOneSoon(baseUrl: string): Promise<void> {
  const start = Date.now() + 2 * 60_000;
  await callTaiwa(baseUrl, `/pairs/${KENTA_PAIR}/sessions`, {
    token: await devToken(baseUrl, MISAKI_ID),
    method: 'POST',
    body: {
      scheduledStart: new Date(start).toISOString(),
      scheduledEnd: new Date(start + 30 * 60_000).toISOString(),
    },
  });
}
