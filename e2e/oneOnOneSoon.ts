const KENTA_PAIR = 'de000000-0000-4000-8000-000000000201';
const MISAKI_ID = 'de000000-0000-4000-8000-000000000101';

/**
 * Books the demo pair (佐藤 美咲 and 田中 健太) a 1on1 starting in two minutes: opening the side
 * panel within its window makes it live for both (the seeded one, days ahead, would stay planned).
 */
export async function scheduleOneOnOneSoon(baseUrl: string): Promise<void> {
  const { accessToken } = (await (
    await fetch(`${baseUrl}/api/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: MISAKI_ID }),
    })
  ).json()) as { accessToken: string };
  const start = Date.now() + 2 * 60_000;
  const scheduled = await fetch(`${baseUrl}/api/v1/pairs/${KENTA_PAIR}/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      scheduledStart: new Date(start).toISOString(),
      scheduledEnd: new Date(start + 30 * 60_000).toISOString(),
    }),
  });
  if (scheduled.status !== 201) throw new Error(`could not schedule today's 1on1: HTTP ${scheduled.status}`);
}
