import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTVerifyGetKey,
  SignJWT,
} from 'jose';
import { makePrivateDirectory } from '../data/privateFiles.js';
import { ADMIN_APP_ROLE, API_SCOPE } from './identity.js';

export interface DevIdentityClaims {
  tenantId: string;
  userId: string;
  displayName: string;
  email: string;
  isAdmin: boolean;
}

export interface DevIssuer {
  /** Plays the part of Entra's authority host in the issuer URL. */
  readonly authorityHost: string;
  readonly keys: JWTVerifyGetKey;
  readonly tokenLifetimeSeconds: number;
  sign(claims: DevIdentityClaims): Promise<string>;
}

const KEY_FILE = 'dev-signing-key.json';
const KID = 'taiwa-dev';
const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

/**
 * Local stand-in for Entra in dev mode: it signs tokens shaped like Entra v2 access tokens, and the
 * API checks them with the very verifier it uses for Entra. The key is kept in DATA_DIR so a restart
 * does not sign everybody out.
 */
export async function createDevIssuer(options: {
  dataDir: string;
  publicUrl: string;
  audience: string;
}): Promise<DevIssuer> {
  const privateJwk = await loadOrCreateKey(options.dataDir);
  const privateKey = await importJWK(privateJwk, 'RS256');
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  const authorityHost = `${options.publicUrl}/dev-issuer`;
  return {
    authorityHost,
    keys: createLocalJWKSet({ keys: [{ ...publicJwk, kid: KID, alg: 'RS256', use: 'sig' }] }),
    tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS,
    async sign(claims) {
      return new SignJWT({
        tid: claims.tenantId,
        oid: claims.userId,
        name: claims.displayName,
        preferred_username: claims.email,
        scp: API_SCOPE,
        roles: claims.isAdmin ? [ADMIN_APP_ROLE] : [],
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
        .setIssuer(`${authorityHost}/${claims.tenantId}/v2.0`)
        .setAudience(options.audience)
        .setSubject(claims.userId)
        .setIssuedAt()
        .setNotBefore('0s')
        .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
        .sign(privateKey);
    },
  };
}

async function loadOrCreateKey(dataDir: string): Promise<JWK> {
  const file = dataDir === 'memory://' ? null : path.join(dataDir, KEY_FILE);
  if (file !== null) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as JWK;
    } catch {
      // No key yet (first start) or an unreadable one: make a new one below.
    }
  }
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  if (file !== null) {
    // On PostgreSQL nothing else creates DATA_DIR: the key may be the first file in it.
    await makePrivateDirectory(dataDir);
    await writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  return jwk;
}
