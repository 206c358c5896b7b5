import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

export const TEST_CLIENT_ID = '11111111-2222-4333-8444-555555555555';
export const TENANT_A = 'aaaaaaaa-0000-4000-8000-00000000000a';
export const TENANT_B = 'bbbbbbbb-0000-4000-8000-00000000000b';

export interface MintOptions {
  tenantId?: string;
  userId?: string;
  name?: string;
  scp?: string | null;
  roles?: string[];
  audience?: string;
  issuer?: string;
  expiresInSeconds?: number;
  notBeforeSeconds?: number;
  extra?: JWTPayload;
}

export interface FakeEntra {
  /** What ENTRA_AUTHORITY_HOST points at: JWKS at `/common/discovery/v2.0/keys`. */
  authorityHost: string;
  publicJwkJson: string;
  mint(options?: MintOptions): Promise<string>;
  /** The env that puts Taiwa in entra mode against this stand-in. */
  env(allowedTenants?: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * A loopback stand-in for Entra's authority: it publishes a JWKS the way login.microsoftonline.com
 * does and mints v2 access tokens with the claims Entra puts in them.
 */
/** The Azure Bot's app id in entra-mode tests. */
export const TEST_BOT_APP_ID = 'b0700000-0000-4000-8000-00000000b070';

export async function startFakeEntra(): Promise<FakeEntra> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((request, response) => {
    if (request.url === '/common/discovery/v2.0/keys') {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ keys: [publicJwk] }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const authorityHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    authorityHost,
    publicJwkJson: JSON.stringify(publicJwk),
    async mint(options = {}) {
      const tenantId = options.tenantId ?? TENANT_A;
      const now = Math.floor(Date.now() / 1000);
      const claims: JWTPayload = {
        tid: tenantId,
        oid: options.userId ?? '00000000-0000-4000-8000-0000000000a1',
        name: options.name ?? 'Test User',
        preferred_username: 'test.user@example.com',
        roles: options.roles ?? [],
        ver: '2.0',
        ...options.extra,
      };
      if (options.scp !== null) claims.scp = options.scp ?? 'access_as_user';
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
        .setIssuer(options.issuer ?? `${authorityHost}/${tenantId}/v2.0`)
        .setAudience(options.audience ?? TEST_CLIENT_ID)
        .setIssuedAt(now - 10)
        .setNotBefore(now + (options.notBeforeSeconds ?? -10))
        .setExpirationTime(now + (options.expiresInSeconds ?? 3600))
        .sign(privateKey);
    },
    env(allowedTenants = `${TENANT_A},${TENANT_B}`) {
      return {
        AUTH_MODE: 'entra',
        ENTRA_CLIENT_ID: TEST_CLIENT_ID,
        ENTRA_AUTHORITY_HOST: authorityHost,
        ALLOWED_TENANTS: allowedTenants,
        // Entra mode requires the bot's credentials; these tests never post signed activities.
        BOT_APP_ID: TEST_BOT_APP_ID,
        BOT_APP_PASSWORD: 'test-bot-password',
      };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
