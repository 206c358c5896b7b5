import type { FastifyInstance } from 'fastify';

/**
 * The hosts that may frame the tab: Teams (work and personal, new and classic), Outlook and the
 * Microsoft 365 app. Anything else framing Taiwa is refused by the browser.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
] as const;

export function contentSecurityPolicy(authorityHost: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Fluent UI (Griffel) inserts its atomic CSS at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // teams-js refreshes its list of trusted host origins from the Office CDN.
    `connect-src 'self' ${authorityHost} https://res.cdn.office.net`,
    // MSAL's silent renewal and Teams' authentication window run in frames of the authority.
    `frame-src 'self' ${authorityHost}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

export function registerSecurityHeaders(
  app: FastifyInstance,
  options: { authorityHost: string; https: boolean },
): void {
  const csp = contentSecurityPolicy(options.authorityHost);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    reply.header('content-security-policy', csp);
    if (options.https) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}
