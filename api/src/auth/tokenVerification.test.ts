import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_REFUSED } from '../http/errorHandler.js';
import { type FakeEntra, startFakeEntra, TENANT_A, TEST_CLIENT_ID } from '../testing/fakeEntra.js';
import { buildTestApp } from '../testing/testServer.js';
import { entraSigningKeys } from './entraKeys.js';
import { AuthError } from './identity.js';
import { createTokenVerifier } from './tokenVerifier.js';

let entra: FakeEntra;
let app: FastifyInstance;

beforeAll(async () => {
  entra = await startFakeEntra();
  app = await buildTestApp(entra.env(TENANT_A));
});
afterAll(async () => {
  await app.close();
  await entra.close();
});

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function callMe(token: string) {
  return app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
}

/** Every failure gets the same answer; `_loggedAs` names the failure the server logs. */
function expectUnauthorized(response: Awaited<ReturnType<typeof callMe>>, _loggedAs: string) {
  expect(response.statusCode).toBe(401);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect(body).toMatchObject({
    type: 'urn:taiwa:problem:unauthorized',
    status: 401,
    detail: ACCESS_TOKEN_REFUSED,
  });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
}

describe('Entra v2 access tokens', () => {
  it('accepts a valid token and creates the user from its claims', async () => {
    const response = await callMe(await entra.mint({ name: '高橋 一郎', roles: ['Taiwa.Admin'] }));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ tenantId: TENANT_A, displayName: '高橋 一郎', isAdmin: true });
  });

  it('updates the user when the claims change', async () => {
    await callMe(await entra.mint({ userId: '00000000-0000-4000-8000-0000000000b1', name: 'Before' }));
    const after = await callMe(
      await entra.mint({ userId: '00000000-0000-4000-8000-0000000000b1', name: 'After' }),
    );
    expect(after.json().displayName).toBe('After');
  });

  it('rejects a request without a token', async () => {
    const response = await app.inject({ url: '/api/v1/me' });
    expectUnauthorized(response, 'missing token');
  });

  it('rejects an expired token', async () => {
    expectUnauthorized(await callMe(await entra.mint({ expiresInSeconds: -120 })), 'expired');
  });

  it('rejects a token that is not yet valid', async () => {
    expectUnauthorized(await callMe(await entra.mint({ notBeforeSeconds: 600 })), 'not yet valid');
  });

  it('rejects a token for another audience', async () => {
    const token = await entra.mint({ audience: '99999999-2222-4333-8444-555555555555' });
    expectUnauthorized(await callMe(token), 'wrong audience');
  });

  it('rejects a token from another issuer', async () => {
    const token = await entra.mint({ issuer: `https://sts.windows.net/${TENANT_A}/` });
    expectUnauthorized(await callMe(token), 'wrong issuer');
  });

  it('rejects a tenant that is not allowed', async () => {
    const token = await entra.mint({ tenantId: 'cccccccc-0000-4000-8000-00000000000c' });
    expectUnauthorized(await callMe(token), 'tenant not allowed');
  });

  it('rejects alg none', async () => {
    const valid = await entra.mint();
    const [, payload] = valid.split('.');
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    expectUnauthorized(await callMe(token), 'invalid signature');
  });

  it('rejects HS256 signed with the public key', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ tid: TENANT_A, oid: 'x', scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'HS256', kid: 'test-key' })
      .setIssuer(`${entra.authorityHost}/${TENANT_A}/v2.0`)
      .setAudience(TEST_CLIENT_ID)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(new TextEncoder().encode(entra.publicJwkJson));
    expectUnauthorized(await callMe(token), 'invalid signature');
  });

  it('rejects a tampered signature', async () => {
    const [header, payload, signature = ''] = (await entra.mint()).split('.');
    const flipped = `${signature.slice(0, -4)}${signature.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expectUnauthorized(await callMe(`${header}.${payload}.${flipped}`), 'invalid signature');
  });

  it('rejects a tampered payload', async () => {
    const [header, , signature] = (await entra.mint()).split('.');
    const now = Math.floor(Date.now() / 1000);
    const forged = base64url({
      tid: TENANT_A,
      oid: 'someone-else',
      scp: 'access_as_user',
      roles: ['Taiwa.Admin'],
      aud: TEST_CLIENT_ID,
      iss: `${entra.authorityHost}/${TENANT_A}/v2.0`,
      iat: now,
      exp: now + 600,
    });
    expectUnauthorized(await callMe(`${header}.${forged}.${signature}`), 'invalid signature');
  });

  it('rejects a token without the access_as_user scope', async () => {
    expectUnauthorized(await callMe(await entra.mint({ scp: null })), 'missing scope');
    expectUnauthorized(await callMe(await entra.mint({ scp: 'User.Read' })), 'missing scope');
  });

  it('verifies the signature first: unsigned tokens from an allowed and another tenant get one answer', async () => {
    const unsigned = async (tenantId: string) => {
      const [, payload = ''] = (await entra.mint({ tenantId })).split('.');
      return `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    };
    const allowed = await callMe(await unsigned(TENANT_A));
    const other = await callMe(await unsigned('cccccccc-0000-4000-8000-00000000000c'));
    expect(allowed.statusCode).toBe(401);
    expect(other.statusCode).toBe(401);
    const { instance: _a, ...allowedBody } = allowed.json();
    const { instance: _o, ...otherBody } = other.json();
    expect(otherBody).toEqual(allowedBody);

    const verify = createTokenVerifier({
      audience: TEST_CLIENT_ID,
      authorityHost: entra.authorityHost,
      allowedTenants: new Set([TENANT_A]),
      keys: entraSigningKeys(entra.authorityHost),
    });
    const failure = await verify(await unsigned('cccccccc-0000-4000-8000-00000000000c')).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).failure).toBe('invalid_signature');
  });

  it('rejects garbage', async () => {
    expectUnauthorized(await callMe('not.a.jwt'), 'malformed token');
  });

  it('has no dev sign-in in entra mode', async () => {
    expect((await app.inject({ url: '/api/v1/dev/users' })).statusCode).toBe(404);
    const token = await app.inject({ method: 'POST', url: '/api/v1/dev/token', payload: { userId: 'x' } });
    expect(token.statusCode).toBe(404);
  });
});
