import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, generateKeyPair, type JWK, jwtVerify, SignJWT } from 'jose';

/**
 * A loopback stand-in for Entra's token endpoint, over https because msal-node accepts no other
 * authority: OpenID discovery, on-behalf-of (jwt-bearer) and client credentials, answering with
 * the v2 endpoint's response and error shapes. The certificate is self-signed per run (openssl);
 * give `ca` to the msal network client.
 */

export interface TokenExchange {
  grantType: string;
  tenantId: string;
  scope: string;
  /** The person an on-behalf-of exchange was for. */
  userId: string | null;
}

export interface FakeTokenAuthority {
  authorityHost: string;
  ca: string;
  exchanges: TokenExchange[];
  /** On-behalf-of for this person fails with AADSTS65001 consent_required until allowed again. */
  withholdConsent(userId: string, withheld?: boolean): void;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'taiwa-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(response: ServerResponse, status: number, body: unknown) {
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

function oauthError(
  response: ServerResponse,
  error: string,
  code: number,
  description: string,
  suberror?: string,
) {
  send(response, 400, {
    error,
    error_description: `AADSTS${code}: ${description}\r\nTrace ID: ${crypto.randomUUID()}\r\nTimestamp: ${new Date().toISOString()}`,
    error_codes: [code],
    timestamp: new Date().toISOString(),
    trace_id: crypto.randomUUID(),
    correlation_id: crypto.randomUUID(),
    ...(suberror === undefined ? {} : { suberror }),
  });
}

export async function startFakeTokenAuthority(options: {
  clientId: string;
  clientSecret: string;
  /** The API's signing key (fakeEntra's publicJwkJson): assertions must be real tokens for our API. */
  assertionJwkJson: string;
  /**
   * The application permissions an admin consented to: exactly what app-only tokens carry in
   * `roles` (Entra never adds one the app registration did not request). None by default.
   */
  grantedApplicationPermissions?: readonly string[];
}): Promise<FakeTokenAuthority> {
  const { key, cert } = selfSignedCertificate();
  const { privateKey } = await generateKeyPair('RS256');
  const assertionKeys = createLocalJWKSet({ keys: [JSON.parse(options.assertionJwkJson) as JWK] });
  const exchanges: TokenExchange[] = [];
  const withheld = new Set<string>();
  const granted = options.grantedApplicationPermissions ?? [];
  let host = '';

  async function token(claims: Record<string, unknown>, audience: string) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('1h')
      .setAudience(audience)
      .sign(privateKey);
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', host);
    const discovery = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (request.method === 'GET' && discovery !== null) {
      const tenant = discovery[1] ?? '';
      send(response, 200, {
        token_endpoint: `${host}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${host}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${host}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${host}/${tenant}/discovery/v2.0/keys`,
        issuer: `${host}/${tenant}/v2.0`,
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: [
          'client_secret_post',
          'private_key_jwt',
          'client_secret_basic',
        ],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        tenant_region_scope: 'AS',
      });
      return;
    }
    const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    if (request.method !== 'POST' || tokenPath === null) {
      send(response, 404, { error: 'not_found' });
      return;
    }
    const tenantId = tokenPath[1] ?? '';
    const form = await readForm(request);
    if (form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret) {
      oauthError(response, 'invalid_client', 7000215, 'Invalid client secret provided.');
      return;
    }
    const scope = form.get('scope') ?? '';
    const resource =
      scope
        .split(' ')
        .find((entry) => entry.includes('://'))
        ?.replace(/\/[^/]*$/, '') ?? '';
    const grantType = form.get('grant_type') ?? '';

    if (grantType === 'client_credentials') {
      exchanges.push({ grantType, tenantId, scope, userId: null });
      send(response, 200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: await token(
          {
            tid: tenantId,
            ...(granted.length === 0 ? {} : { roles: [...granted] }),
            idtyp: 'app',
          },
          resource,
        ),
      });
      return;
    }

    if (
      grantType === 'urn:ietf:params:oauth:grant-type:jwt-bearer' &&
      form.get('requested_token_use') === 'on_behalf_of'
    ) {
      let userId: string;
      try {
        const { payload } = await jwtVerify(form.get('assertion') ?? '', assertionKeys, {
          audience: options.clientId,
        });
        userId = String(payload.oid);
      } catch {
        oauthError(response, 'invalid_grant', 50013, 'Assertion failed signature validation.');
        return;
      }
      exchanges.push({ grantType, tenantId, scope, userId });
      if (withheld.has(userId)) {
        oauthError(
          response,
          'invalid_grant',
          65001,
          `The user or administrator has not consented to use the application with ID '${options.clientId}'. Send an interactive authorization request for this user and resource.`,
          'consent_required',
        );
        return;
      }
      const delegatedScopes = scope
        .split(' ')
        .filter((entry) => entry.includes('://'))
        .map((entry) => entry.replace(/^.*\//, ''))
        .join(' ');
      send(response, 200, {
        token_type: 'Bearer',
        scope: scope
          .split(' ')
          .filter((entry) => entry.includes('://'))
          .join(' '),
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: await token(
          { tid: tenantId, oid: userId, scp: delegatedScopes, idtyp: 'user' },
          resource,
        ),
        refresh_token: `refresh-${crypto.randomUUID()}`,
        client_info: Buffer.from(JSON.stringify({ uid: userId, utid: tenantId })).toString('base64url'),
      });
      return;
    }
    oauthError(
      response,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grantType}'.`,
    );
  }

  const server: Server = createServer({ key, cert }, (request, response) => {
    handle(request, response).catch(() => send(response, 500, { error: 'server_error' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    authorityHost: host,
    ca: cert,
    exchanges,
    withholdConsent(userId, value = true) {
      if (value) withheld.add(userId);
      else withheld.delete(userId);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
