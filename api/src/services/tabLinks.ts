/**
 * Links from cards into Taiwa's tab. With a Teams app id they are Teams deep links to the personal
 * tab (opening the 1on1 through the sub-entity); without one (dev, Agents Playground) they open the
 * web tab directly.
 */
export interface TabLinks {
  home(): string;
  session(sessionId: string): string;
}

export function createTabLinks(options: { publicUrl: string; teamsAppId: string | null }): TabLinks {
  const web = `${options.publicUrl}/`;
  const link = (sessionId: string | null) => {
    if (options.teamsAppId === null)
      return sessionId === null ? web : `${web}?session=${encodeURIComponent(sessionId)}`;
    const params = new URLSearchParams({ webUrl: web, label: 'Taiwa' });
    if (sessionId !== null) params.set('context', JSON.stringify({ subEntityId: `session:${sessionId}` }));
    return `https://teams.microsoft.com/l/entity/${options.teamsAppId}/home?${params.toString()}`;
  };
  return { home: () => link(null), session: (sessionId) => link(sessionId) };
}
