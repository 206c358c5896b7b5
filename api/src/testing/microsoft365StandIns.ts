import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, loadConfig } from '../config.js';
import type { DatabaseHandle } from '../data/database.js';
import { GraphTokenCacheRepository } from '../data/repositories/graphTokenCaches.js';
import { createMsalTokenSource, type GraphTokenSource } from '../graph/graphTokens.js';
import { createMsalNetwork } from '../graph/msalNetwork.js';
import { createTokenCacheCipher } from '../graph/tokenCacheCipher.js';
import { type FakeEntra, startFakeEntra, TEST_CLIENT_ID } from './fakeEntra.js';
import { type FakeGraph, startFakeGraph } from './fakeGraph.js';
import { type FakeTokenAuthority, startFakeTokenAuthority } from './fakeTokenAuthority.js';

/** What an admin consents to when granting Taiwa's app registration: its Graph application permissions. */
export const CONSENTED_APPLICATION_PERMISSIONS: string[] = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../aad.manifest.json'), 'utf8'))
    .requiredResourceAccess as Array<{ resourceAccess: Array<{ id: string; type: string }> }>
).flatMap((resource) => resource.resourceAccess.filter((access) => access.type === 'Role').map((a) => a.id));

/** Someone of the tenant who signs in through the Entra stand-in. */
export interface EntraPerson {
  id: string;
  name: string;
  mail: string;
}

/**
 * Microsoft 365 as Taiwa meets it in Entra mode, stood in for on loopback: Entra signing people's
 * tokens, the token authority msal-node asks for Graph tokens (the manifest's application
 * permissions consented), and Graph itself.
 */
export interface Microsoft365StandIns {
  entra: FakeEntra;
  authority: FakeTokenAuthority;
  graph: FakeGraph;
  /** Taiwa's configuration in Entra mode against the stand-ins, on an in-memory database. */
  config: Config;
  /**
   * The real msal-node token source, trusting the authority's self-signed certificate, caching in
   * `database`; `via` another authority of the same app registration (one without admin consent, say).
   */
  graphTokens(database: DatabaseHandle, via?: FakeTokenAuthority): GraphTokenSource;
  /** Request headers of `who`, signed in through Entra (with app roles such as Taiwa.Admin). */
  signIn(who: EntraPerson, roles?: string[]): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function startMicrosoft365StandIns(options: {
  /** The app registration's client secret; it also keys the token cache's cipher. */
  clientSecret: string;
  /** More of Taiwa's environment, such as PUBLIC_URL. */
  env?: Record<string, string>;
}): Promise<Microsoft365StandIns> {
  const { clientSecret } = options;
  const entra = await startFakeEntra();
  const authority = await startFakeTokenAuthority({
    clientId: TEST_CLIENT_ID,
    clientSecret,
    assertionJwkJson: entra.publicJwkJson,
    grantedApplicationPermissions: CONSENTED_APPLICATION_PERMISSIONS,
  });
  const graph = await startFakeGraph();
  const config = loadConfig({
    ...entra.env(),
    PORT: '0',
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    ENTRA_CLIENT_SECRET: clientSecret,
    GRAPH_BASE_URL: graph.baseUrl,
    ...options.env,
  });
  return {
    entra,
    authority,
    graph,
    config,
    graphTokens: (database, via = authority) =>
      createMsalTokenSource({
        authorityHost: via.authorityHost,
        clientId: TEST_CLIENT_ID,
        clientSecret,
        graphBaseUrl: config.graphBaseUrl,
        cacheStore: new GraphTokenCacheRepository(database.db),
        cipher: createTokenCacheCipher(clientSecret),
        network: createMsalNetwork({ ca: via.ca }),
      }),
    async signIn(who, roles = []) {
      const token = await entra.mint({
        userId: who.id,
        name: who.name,
        roles,
        extra: { preferred_username: who.mail, uti: randomUUID() },
      });
      return { authorization: `Bearer ${token}` };
    },
    async close() {
      await graph.close();
      await authority.close();
      await entra.close();
    },
  };
}
