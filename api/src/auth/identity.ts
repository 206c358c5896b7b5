/** Who is calling, as proven by a verified access token. */
export interface Identity {
  tenantId: string;
  userId: string;
  displayName: string;
  email: string | null;
  isAdmin: boolean;
  /** When the token that proved this stops being valid (ms since the epoch). */
  expiresAt: number;
}

/** The Entra app role that makes a user a Taiwa admin (assigned in Enterprise applications). */
export const ADMIN_APP_ROLE = 'Taiwa.Admin';
/** The delegated scope the tab asks for; a token without it was not meant for this API. */
export const API_SCOPE = 'access_as_user';

export type AuthFailure =
  | 'missing_token'
  | 'malformed_token'
  | 'invalid_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'tenant_not_allowed'
  | 'missing_scope'
  | 'missing_claims';

export class AuthError extends Error {
  constructor(readonly failure: AuthFailure) {
    super(failure);
    this.name = 'AuthError';
  }
}
