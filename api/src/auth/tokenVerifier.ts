import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { ADMIN_APP_ROLE, API_SCOPE, AuthError, type AuthFailure, type Identity } from './identity.js';

export interface TokenVerifierOptions {
  /** The API's client id: Entra v2 access tokens carry it as `aud`. */
  audience: string;
  /** `https://login.microsoftonline.com` or a sovereign cloud; the issuer is `{host}/{tid}/v2.0`. */
  authorityHost: string;
  allowedTenants: ReadonlySet<string> | '*';
  keys: JWTVerifyGetKey;
}

export type TokenVerifier = (token: string) => Promise<Identity>;

const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Validates an Entra v2 access token: RS256 signature from the authority's keys first — nothing the
 * token says is read before it is proven — then audience, expiry and not-before, the issuer of the
 * token's own tenant, the allowed tenant and the `access_as_user` scope.
 * The dev issuer's tokens go through exactly this function, with its own key set.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        algorithms: ['RS256'],
        audience: options.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'iat', 'oid', 'tid'],
      }));
    } catch (error) {
      throw new AuthError(classify(error));
    }
    if (typeof payload.tid !== 'string' || payload.tid.length === 0) throw new AuthError('missing_claims');
    const tenantId = payload.tid.toLowerCase();
    if (payload.iss !== `${options.authorityHost}/${tenantId}/v2.0`) throw new AuthError('wrong_issuer');
    if (options.allowedTenants !== '*' && !options.allowedTenants.has(tenantId)) {
      throw new AuthError('tenant_not_allowed');
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(API_SCOPE)) throw new AuthError('missing_scope');
    return toIdentity(payload, tenantId);
  };
}

function classify(error: unknown): AuthFailure {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'not_yet_valid';
    if (error.claim === 'aud') return 'wrong_audience';
    if (error.claim === 'iss') return 'wrong_issuer';
    return 'missing_claims';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'invalid_signature';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'malformed_token';
  // Unknown kid, `alg: none`, HS256 and other algorithms: none of them can prove who signed the token.
  return 'invalid_signature';
}

function toIdentity(payload: JWTPayload, tenantId: string): Identity {
  const oid = payload.oid;
  if (typeof oid !== 'string' || oid.length === 0) throw new AuthError('missing_claims');
  const name = typeof payload.name === 'string' && payload.name.trim() !== '' ? payload.name : null;
  const email = typeof payload.preferred_username === 'string' ? payload.preferred_username : null;
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  return {
    tenantId,
    userId: oid.toLowerCase(),
    displayName: name ?? email ?? oid,
    email,
    isAdmin: roles.includes(ADMIN_APP_ROLE),
    expiresAt: (payload.exp ?? 0) * 1000,
  };
}

/**
 * Remembers tokens that verified, until they expire: the same token arrives with every request of a
 * session, and its signature cannot have changed. Failures are never remembered.
 */
export function cachingVerifier(
  verify: TokenVerifier,
  options: { maxEntries?: number; now?: () => number } = {},
): TokenVerifier {
  const maxEntries = options.maxEntries ?? 20_000;
  const now = options.now ?? Date.now;
  const verified = new Map<string, Identity>();
  return async (token) => {
    const known = verified.get(token);
    if (known !== undefined) {
      if (known.expiresAt - CLOCK_TOLERANCE_SECONDS * 1000 > now()) return known;
      verified.delete(token);
    }
    const identity = await verify(token);
    if (verified.size >= maxEntries) verified.delete(verified.keys().next().value as string);
    verified.set(token, identity);
    return identity;
  };
}
