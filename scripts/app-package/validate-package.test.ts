import { describe, expect, it } from 'vitest';
import { assemblePackage } from './assemble-package.js';
import { appPackageDir } from './paths.js';
import { domainCovers } from './rule-urls.js';
import { exampleValues, goodPackageFiles, makePng, withJson } from './test-support.js';
import { validatePackage } from './validate-package.js';

const messagesOf = (files: ReadonlyMap<string, Buffer>) =>
  validatePackage(files).map((p) => `[${p.rule}] ${p.message}`);

describe('validatePackage', () => {
  it('accepts the real manifest, icons and Japanese localisation resolved for an environment', () => {
    expect(messagesOf(goodPackageFiles())).toEqual([]);
  });

  it('rejects a placeholder that had no value', () => {
    const assembled = assemblePackage(appPackageDir, { ...exampleValues, TEAMS_APP_ID: '' });
    expect(assembled.problems).toEqual([
      {
        rule: 'placeholders',
        message: 'manifest.json uses ${{TEAMS_APP_ID}}, which has no value in this environment',
      },
    ]);
    const messages = messagesOf(assembled.files);
    expect(messages).toContain('[placeholders] manifest.json still contains ${{TEAMS_APP_ID}}');
    // The schema sees the same mistake from its side: the id is not a GUID.
    expect(messages.some((m) => m.startsWith('[schema] /id must match pattern'))).toBe(true);
  });

  it('rejects an http URL', () => {
    const files = goodPackageFiles({ ...exampleValues, TAB_ENDPOINT: 'http://taiwa.example.com' });
    const messages = messagesOf(files);
    expect(messages).toContain('[urls] staticTabs[0].contentUrl: "http://taiwa.example.com/" must use https');
    expect(messages).toContain(
      '[urls] configurableTabs[0].configurationUrl: "http://taiwa.example.com/config" must use https',
    );
  });

  it('rejects a URL whose host is outside validDomains', () => {
    const files = withJson(goodPackageFiles(), 'manifest.json', (manifest) => {
      (manifest.developer as Record<string, unknown>).privacyUrl = 'https://elsewhere.example.net/privacy';
    });
    expect(messagesOf(files)).toEqual([
      '[urls] developer.privacyUrl: host "elsewhere.example.net" is not in validDomains',
    ]);
  });

  it('rejects validDomains entries that are URLs or cover a whole top-level domain', () => {
    const files = withJson(goodPackageFiles(), 'manifest.json', (manifest) => {
      manifest.validDomains = ['taiwa.example.com', 'https://taiwa.example.com/', '*.com'];
    });
    const messages = messagesOf(files);
    expect(messages).toContain(
      '[urls] validDomains "https://taiwa.example.com/": must be a host name, without scheme or path',
    );
    expect(messages).toContain('[urls] validDomains "*.com": wildcard covers a whole top-level domain');
  });

  it('rejects a colour icon of the wrong size', () => {
    const files = new Map(goodPackageFiles()).set('color.png', makePng(96, [80, 82, 178, 255]));
    expect(messagesOf(files)).toEqual(['[icons] color icon color.png is 96×96; it must be 192×192']);
  });

  it('rejects an outline icon with an opaque background', () => {
    const files = new Map(goodPackageFiles()).set('outline.png', makePng(32, [0, 0, 0, 255]));
    expect(messagesOf(files)).toEqual([
      '[icons] outline icon outline.png must have a transparent background',
      '[icons] outline icon outline.png has 1024 pixels that are neither white nor fully transparent',
    ]);
  });

  it('rejects an outline icon drawn in a colour other than white', () => {
    const redSquare = (x: number, y: number) =>
      x >= 8 && x < 24 && y >= 8 && y < 24
        ? ([220, 40, 40, 255] as [number, number, number, number])
        : undefined;
    const files = new Map(goodPackageFiles()).set('outline.png', makePng(32, [255, 255, 255, 0], redSquare));
    expect(messagesOf(files)).toEqual([
      '[icons] outline icon outline.png has 256 pixels that are neither white nor fully transparent',
    ]);
  });

  it('rejects an icon that is not a PNG or is missing', () => {
    const notPng = new Map(goodPackageFiles()).set('color.png', Buffer.from('<svg/>'));
    expect(messagesOf(notPng)[0]).toMatch(/^\[icons\] color.png is not a readable PNG/);
    const missing = new Map(goodPackageFiles());
    missing.delete('outline.png');
    expect(messagesOf(missing)).toEqual([
      '[icons] outline.png is named in the manifest but not in the package',
    ]);
  });

  it('rejects an RSC permission that is not documented, or has a type it does not support', () => {
    const files = withJson(goodPackageFiles(), 'manifest.json', (manifest) => {
      const rsc = (manifest.authorization as { permissions: { resourceSpecific: unknown[] } }).permissions
        .resourceSpecific;
      rsc.push({ name: 'OnlineMeetingTranscript.ReadWrite.Chat', type: 'Application' });
      rsc.push({ name: 'MeetingStage.Write.Chat', type: 'Application' });
    });
    expect(messagesOf(files)).toEqual([
      '[rsc] authorization.permissions.resourceSpecific[4]: "OnlineMeetingTranscript.ReadWrite.Chat" is not a documented RSC permission',
      '[rsc] authorization.permissions.resourceSpecific[5]: "MeetingStage.Write.Chat" cannot be "Application"; it supports Delegated',
    ]);
  });

  it('rejects a ja.json key that points at nothing in the manifest', () => {
    const files = withJson(goodPackageFiles(), 'ja.json', (ja) => {
      ja['staticTabs[3].name'] = '存在しないタブ';
    });
    expect(messagesOf(files)).toEqual([
      '[localization] ja.json: key "staticTabs[3].name" has no string in the manifest to translate',
    ]);
  });

  it('rejects a ja.json that breaks the localisation schema', () => {
    const files = withJson(goodPackageFiles(), 'ja.json', (ja) => {
      ja['name.short'] = 'とても長い名前のアプリケーションで三十文字を超えてしまうもの、です';
      ja.nickname = 'たいわ';
    });
    const messages = messagesOf(files);
    expect(messages).toContain(
      '[localization] ja.json: /name.short must NOT have more than 30 characters (limit: 30)',
    );
    expect(messages).toContain(
      '[localization] ja.json: (root) must NOT have additional properties (additionalProperty: "nickname")',
    );
    expect(messages).toContain(
      '[localization] ja.json: key "nickname" has no string in the manifest to translate',
    );
  });

  it('rejects a language file the manifest names but the package lacks', () => {
    const files = new Map(goodPackageFiles());
    files.delete('ja.json');
    expect(messagesOf(files)).toEqual([
      '[localization] ja.json is named in localizationInfo but not in the package',
    ]);
  });

  it('rejects a manifest that violates the official schema', () => {
    const files = withJson(goodPackageFiles(), 'manifest.json', (manifest) => {
      manifest.accentColor = 'purple';
      (manifest.name as Record<string, unknown>).short = 'Taiwa, the 1on1 app for managers and members';
      manifest.unknownProperty = true;
    });
    const messages = messagesOf(files);
    expect(messages).toContain(
      '[schema] /accentColor must match pattern "^#[0-9a-fA-F]{6}$" (pattern: "^#[0-9a-fA-F]{6}$")',
    );
    expect(messages).toContain('[schema] /name/short must NOT have more than 30 characters (limit: 30)');
    expect(messages).toContain(
      '[schema] (root) must NOT have additional properties (additionalProperty: "unknownProperty")',
    );
  });

  it('rejects a manifestVersion whose schema is not shipped, and a $schema URL of another version', () => {
    const unknownVersion = withJson(goodPackageFiles(), 'manifest.json', (manifest) => {
      manifest.manifestVersion = '9.99';
    });
    expect(messagesOf(unknownVersion)).toContain(
      '[schema] @microsoft/app-manifest ships no schema for manifestVersion 9.99',
    );
    const mismatched = withJson(goodPackageFiles(), 'manifest.json', (manifest) => {
      manifest.$schema =
        'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json';
    });
    expect(messagesOf(mismatched)).toEqual([
      '[schema] $schema must be https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json for manifestVersion 1.22',
    ]);
  });

  it('rejects a package without a readable manifest.json', () => {
    expect(messagesOf(new Map())).toEqual(['[package] manifest.json is missing from the package root']);
    expect(messagesOf(new Map([['manifest.json', Buffer.from('{ nope')]]))[0]).toMatch(
      /^\[package\] manifest.json is not valid JSON/,
    );
  });
});

describe('domainCovers', () => {
  const url = (text: string) => new URL(text);
  it('matches a host name on any port, a host:port only on that port, and a wildcard on subdomains', () => {
    expect(domainCovers('taiwa.example.com', url('https://taiwa.example.com/x'))).toBe(true);
    expect(domainCovers('localhost', url('https://localhost:3978/'))).toBe(true);
    expect(domainCovers('localhost:3978', url('https://localhost:3978/'))).toBe(true);
    expect(domainCovers('localhost:3978', url('https://localhost:4000/'))).toBe(false);
    expect(domainCovers('*.example.com', url('https://taiwa.example.com/'))).toBe(true);
    expect(domainCovers('*.example.com', url('https://example.com.evil.net/'))).toBe(false);
    expect(domainCovers('example.com', url('https://taiwa.example.com/'))).toBe(false);
  });
});
