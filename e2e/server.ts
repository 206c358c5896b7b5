/**
 * Taiwa for one test file: in-process (embedded PGlite in memory, dev auth, seeded demo tenant,
 * the built tab from tab/dist), or an already running instance when TAIWA_E2E_URL is set (handy
 * while developing the tab against `npm start`).
 */
export interface RunningTaiwa {
  url: string;
  close(): Promise<void>;
}

export async function startTaiwa(env: Record<string, string> = {}): Promise<RunningTaiwa> {
  const external = process.env.TAIWA_E2E_URL;
  if (external) return { url: external.replace(/\/+$/, ''), close: async () => {} };
  // Imported lazily so pointing at an external server never loads the API and its database.
  const { startTestServer } = await import('../api/src/testing/testServer.js');
  const server = await startTestServer(env);
  return { url: server.url.replace(/\/+$/, ''), close: () => server.close() };
}
