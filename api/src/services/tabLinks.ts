/**
 * Links from cards into Taiwa's tab. With a Teams app id they are Teams deep links to the personal
 * tab (opening the 1on1 through the sub-entity); without one (dev, Agents Playground) they open the
 * web tab directly.
 *
 * Which id a deep link names depends on how the app reached people ("Deep link to an
 * application"): an app uploaded as a custom app is addressed by its manifest id, but an app
 * published to the organisation's catalog (admin center upload, or `teamsapp publish` approved by
 * an admin) by its catalog id, which Teams assigns. A link with the manifest id then opens nothing.
 * So the catalog id wins whenever it is known.
 */
export interface TabLinks {
  home(): string;
  session(sessionId: string): string;
}

/** The personal tab's entityId in appPackage/manifest.json. */
const HOME_ENTITY = 'home';

export function createTabLinks(options: {
  publicUrl: string;
  /** The manifest id (TEAMS_APP_ID). */
  teamsAppId: string | null;
  /** The org catalog id (TEAMS_APP_PUBLISHED_APP_ID), when the app is published there. */
  teamsCatalogAppId?: string | null;
}): TabLinks {
  const web = `${options.publicUrl}/`;
  const appId = options.teamsCatalogAppId ?? options.teamsAppId;
  const link = (sessionId: string | null) => {
    if (appId === null) return sessionId === null ? web : `${web}?session=${encodeURIComponent(sessionId)}`;
    const params = new URLSearchParams({ webUrl: web, label: 'Taiwa' });
    if (sessionId !== null) params.set('context', JSON.stringify({ subEntityId: `session:${sessionId}` }));
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${HOME_ENTITY}?${params.toString()}`;
  };
  return { home: () => link(null), session: (sessionId) => link(sessionId) };
}
