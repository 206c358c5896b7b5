import { describe, expect, it } from 'vitest';
import { goodPackageFiles, readJson } from './test-support.js';

// What the product needs from the manifest (design.md, "The Teams app"), beyond what makes it valid.
interface TaiwaManifest {
  manifestVersion: string;
  configurableTabs: unknown[];
  staticTabs: Record<string, unknown>[];
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
  authorization: { permissions: { resourceSpecific: unknown[] } };
  webApplicationInfo: unknown;
  localizationInfo: unknown;
}
const manifest = readJson(goodPackageFiles(), 'manifest.json') as unknown as TaiwaManifest;

describe('the Taiwa manifest', () => {
  it('is on manifest schema 1.22 or later', () => {
    const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
    expect(major === 1 && (minor as number) >= 22).toBe(true);
  });

  it('has one configurable tab for meetings, configured at /config', () => {
    expect(manifest.configurableTabs).toEqual([
      {
        configurationUrl: 'https://taiwa.example.com/config',
        canUpdateConfiguration: true,
        scopes: ['groupChat'],
        context: ['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'],
      },
    ]);
  });

  it("has a personal My 1on1s tab at the tab's root", () => {
    expect(manifest.staticTabs[0]).toMatchObject({
      entityId: 'home',
      name: 'My 1on1s',
      contentUrl: 'https://taiwa.example.com/',
      scopes: ['personal'],
    });
  });

  it('has a bot for personal and group chats with help and my 1on1s in each command list', () => {
    const [bot] = manifest.bots;
    if (!bot) throw new Error('no bot');
    expect(bot.botId).toBe('22222222-2222-4222-8222-222222222222');
    expect(bot.scopes).toEqual(['personal', 'groupChat']);
    for (const list of bot.commandLists) {
      expect(list.commands.map((command) => command.title)).toEqual(['help', 'my 1on1s']);
    }
  });

  it('asks for exactly the four RSC permissions the meeting features need', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' },
      { name: 'OnlineMeetingParticipant.Read.Chat', type: 'Application' },
      { name: 'OnlineMeetingTranscript.Read.Chat', type: 'Application' },
      { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
    ]);
  });

  it('names the Entra app for SSO with the api://<domain>/<client id> resource', () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: '33333333-3333-4333-8333-333333333333',
      resource: 'api://taiwa.example.com/33333333-3333-4333-8333-333333333333',
    });
  });

  it('defaults to English and ships Japanese', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en',
      additionalLanguages: [{ languageTag: 'ja', file: 'ja.json' }],
    });
  });
});
