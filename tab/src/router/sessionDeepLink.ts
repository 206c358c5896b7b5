/**
 * Cards link to one 1on1: on the web as `/?session=<id>`, in Teams as a deep link whose
 * `subEntityId` is `session:<id>`. Either way the tab opens where that 1on1 needs the reader.
 */
export function sessionFromLink(search: string, subPageId: string | null): string | null {
  const fromQuery = new URLSearchParams(search).get('session');
  const fromTeams = subPageId?.startsWith('session:') ? subPageId.slice('session:'.length) : null;
  const id = fromQuery ?? fromTeams;
  return id !== null && /^[A-Za-z0-9-]{1,64}$/.test(id) ? id : null;
}

/** An ended 1on1 without a next one asks to book it; any other goes to its preparation. */
export function destinationFor(session: {
  status: 'planned' | 'live' | 'ended';
  nextSessionId: string | null;
}) {
  return session.status === 'ended' && session.nextSessionId === null ? 'book' : 'prepare';
}
