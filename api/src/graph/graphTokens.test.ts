import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeEntra, startFakeEntra, TENANT_A, TEST_CLIENT_ID } from '../testing/fakeEntra.js';
import { type FakeTokenAuthority, startFakeTokenAuthority } from '../testing/fakeTokenAuthority.js';
import {
  createMsalTokenSource,
  GraphConsentRequiredError,
  type GraphTokenSource,
  type TokenCacheStore,
} from './graphTokens.js';
import { createMsalNetwork } from './msalNetwork.js';
import { createTokenCacheCipher } from './tokenCacheCipher.js';

const SECRET = 'test-client-secret';
const GRAPH = 'https://graph.microsoft.com';
const SCOPES = [`${GRAPH}/Calendars.ReadWrite`];
const ALICE = '00000000-0000-4000-8000-0000000000a1';
const BOB = '00000000-0000-4000-8000-0000000000b2';

let entra: FakeEntra;
let authority: FakeTokenAuthority;
const stored = new Map<string, string>();
const store: TokenCacheStore = {
  load: async (tenantId, userId) => stored.get(`${tenantId}/${userId}`) ?? null,
  save: async (tenantId, userId, ciphertext) => {
    stored.set(`${tenantId}/${userId}`, ciphertext);
  },
};

function tokenSource(): GraphTokenSource {
  return createMsalTokenSource({
    authorityHost: authority.authorityHost,
    clientId: TEST_CLIENT_ID,
    clientSecret: SECRET,
    graphBaseUrl: GRAPH,
    cacheStore: store,
    cipher: createTokenCacheCipher(SECRET),
    network: createMsalNetwork({ ca: authority.ca }),
  });
}

beforeAll(async () => {
  entra = await startFakeEntra();
  authority = await startFakeTokenAuthority({
    clientId: TEST_CLIENT_ID,
    clientSecret: SECRET,
    assertionJwkJson: entra.publicJwkJson,
  });
});

afterAll(async () => {
  await authority.close();
  await entra.close();
});

describe('on-behalf-of through msal-node against a loopback authority', () => {
  it('exchanges the API token for a delegated Graph token, then serves it from the per-user cache', async () => {
    const tokens = tokenSource();
    const assertion = await entra.mint({ userId: ALICE });
    const first = await tokens.onBehalfOf({ tenantId: TENANT_A, userId: ALICE, assertion }, SCOPES);
    expect(decodeJwt(first)).toMatchObject({
      oid: ALICE,
      tid: TENANT_A,
      scp: 'Calendars.ReadWrite',
      aud: GRAPH,
    });
    const exchanged = authority.exchanges.filter((exchange) => exchange.userId === ALICE);
    expect(exchanged).toHaveLength(1);
    expect(exchanged[0]).toMatchObject({
      grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      tenantId: TENANT_A,
    });

    // A fresh process (new token source) finds the token in the persisted, encrypted cache.
    const again = await tokenSource().onBehalfOf({ tenantId: TENANT_A, userId: ALICE, assertion }, SCOPES);
    expect(again).toBe(first);
    expect(authority.exchanges.filter((exchange) => exchange.userId === ALICE)).toHaveLength(1);
    const sealed = stored.get(`${TENANT_A}/${ALICE}`) ?? '';
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(sealed).not.toContain(first.slice(0, 40));
    expect(createTokenCacheCipher('another secret').decrypt(sealed)).toBeNull();
  });

  it('keeps people apart: one person’s token is never served to another', async () => {
    const tokens = tokenSource();
    const bobToken = await tokens.onBehalfOf(
      { tenantId: TENANT_A, userId: BOB, assertion: await entra.mint({ userId: BOB }) },
      SCOPES,
    );
    expect(decodeJwt(bobToken).oid).toBe(BOB);
  });

  it('turns AADSTS65001 consent_required into a consent error naming the scopes', async () => {
    authority.withholdConsent(BOB);
    try {
      const assertion = await entra.mint({ userId: BOB, extra: { uti: 'fresh-assertion' } });
      const failure = await tokenSource()
        .onBehalfOf({ tenantId: TENANT_A, userId: BOB, assertion }, [`${GRAPH}/Mail.Read`])
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GraphConsentRequiredError);
      expect((failure as GraphConsentRequiredError).scopes).toEqual([`${GRAPH}/Mail.Read`]);
      expect((failure as GraphConsentRequiredError).adminRequired).toBe(false);
    } finally {
      authority.withholdConsent(BOB, false);
    }
  });

  it('gets app-only tokens with client credentials for background work', async () => {
    const token = await tokenSource().appOnly(TENANT_A);
    expect(decodeJwt(token)).toMatchObject({ tid: TENANT_A, idtyp: 'app', aud: GRAPH });
    expect(
      authority.exchanges.some(
        (exchange) =>
          exchange.grantType === 'client_credentials' && exchange.scope.includes(`${GRAPH}/.default`),
      ),
    ).toBe(true);
  });
});
