import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/** Entra's signing keys, fetched and cached by jose; rotated keys are picked up by `kid`. */
export function entraSigningKeys(authorityHost: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(`${authorityHost}/common/discovery/v2.0/keys`), {
    cooldownDuration: 30_000,
    cacheMaxAge: 24 * 60 * 60_000,
    timeoutDuration: 5_000,
  });
}
