/**
 * Which account a token belongs to, as a key for what this browser keeps for that person (drafts,
 * unsent memo edits): the tenant and the user's object id from the token's claims. The token is
 * not verified here — the server does that on every call; this only keeps one person's local text
 * apart from the next person's.
 */
export function accountKeyOf(accessToken: string): string | null {
  const payload = accessToken.split('.')[1];
  if (payload === undefined) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    if (typeof claims !== 'object' || claims === null) return null;
    const { tid, oid } = claims as { tid?: unknown; oid?: unknown };
    if (typeof tid !== 'string' || typeof oid !== 'string' || tid === '' || oid === '') return null;
    return `${tid}:${oid}`;
  } catch {
    return null;
  }
}
