import { afterEach, describe, expect, it, vi } from 'vitest';

const initialize = vi.fn(async (..._origins: unknown[]) => {});
vi.mock('./teams', () => ({
  loadTeamsSdk: async () => ({
    app: {
      initialize,
      getContext: async () => ({
        app: { host: { name: 'Teams' }, locale: 'ja-jp', theme: 'default' },
        page: { frameContext: 'content', subPageId: '' },
      }),
    },
  }),
  teamsSdk: () => {
    throw new Error('not loaded');
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
  initialize.mockClear();
});

describe('the teams-js handshake', () => {
  it("does not name Taiwa's own origin as a trusted host", async () => {
    // A framed page, as inside Teams on the web.
    vi.stubGlobal('window', { parent: {}, opener: null, location: { origin: 'https://taiwa.contoso.com' } });
    const { initHost, validMessageOrigins } = await import('./context');
    const host = await initHost();
    expect(host).toMatchObject({ inHost: true, hostName: 'Teams' });
    expect(initialize).toHaveBeenCalledTimes(1);
    expect(initialize.mock.calls[0]).toEqual([]);
    expect(validMessageOrigins()).not.toContain('https://taiwa.contoso.com');
  });
});
