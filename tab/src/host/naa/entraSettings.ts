/** What GET /api/v1/client-config tells the tab about Entra (authorityHost is optional for older servers). */
export interface EntraSettings {
  clientId: string;
  /** `api://…/access_as_user`: the scope of Taiwa's own API. */
  apiScope: string;
  authorityHost?: string;
}

export interface EntraToken {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
