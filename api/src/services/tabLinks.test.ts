import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createTabLinks } from './tabLinks.js';

const MANIFEST_ID = '00000000-0000-4000-8000-00000000a001';
const CATALOG_ID = 'f46ad259-0fe5-4f12-872d-c737b174bcb4';
const SESSION = 'de000000-0000-4000-8000-000000000303';

function parse(link: string) {
  const url = new URL(link);
  const [, l, entity, appId, entityId] = url.pathname.split('/');
  return { host: url.host, l, entity, appId, entityId, params: url.searchParams };
}

describe('deep links into the tab', () => {
  it('name the org catalog id once the app is published there, not the manifest id', () => {
    const links = createTabLinks({
      publicUrl: 'https://taiwa.contoso.com',
      teamsAppId: MANIFEST_ID,
      teamsCatalogAppId: CATALOG_ID,
    });
    const link = parse(links.session(SESSION));
    expect(link).toMatchObject({ host: 'teams.microsoft.com', l: 'l', entity: 'entity', appId: CATALOG_ID });
    // The personal tab's entityId, and the 1on1 as the sub-entity the tab reads from teams-js.
    expect(link.entityId).toBe('home');
    expect(JSON.parse(link.params.get('context') ?? '{}')).toEqual({ subEntityId: `session:${SESSION}` });
    expect(link.params.get('webUrl')).toBe('https://taiwa.contoso.com/');
    expect(parse(links.home()).appId).toBe(CATALOG_ID);
    expect(links.home()).not.toContain(MANIFEST_ID);
  });

  it('use the manifest id for a custom app uploaded in Teams (no catalog id known)', () => {
    const links = createTabLinks({ publicUrl: 'https://taiwa.contoso.com', teamsAppId: MANIFEST_ID });
    expect(parse(links.session(SESSION)).appId).toBe(MANIFEST_ID);
    expect(
      parse(
        createTabLinks({
          publicUrl: 'https://x.example',
          teamsAppId: MANIFEST_ID,
          teamsCatalogAppId: null,
        }).home(),
      ).appId,
    ).toBe(MANIFEST_ID);
  });

  it('open the web tab directly outside Teams (dev, Agents Playground)', () => {
    const links = createTabLinks({ publicUrl: 'http://localhost:3978', teamsAppId: null });
    expect(links.home()).toBe('http://localhost:3978/');
    expect(links.session(SESSION)).toBe(`http://localhost:3978/?session=${SESSION}`);
  });

  it('takes the catalog id from TEAMS_APP_PUBLISHED_APP_ID, and refuses one that is not a GUID', () => {
    const config = loadConfig({
      PORT: '0',
      DATA_DIR: 'memory://',
      TEAMS_APP_ID: MANIFEST_ID,
      TEAMS_APP_PUBLISHED_APP_ID: CATALOG_ID.toUpperCase(),
    });
    expect(config.teamsCatalogAppId).toBe(CATALOG_ID);
    expect(() => loadConfig({ TEAMS_APP_PUBLISHED_APP_ID: 'com.contoso.taiwa' })).toThrow(
      /TEAMS_APP_PUBLISHED_APP_ID/,
    );
  });
});
