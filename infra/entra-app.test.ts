import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '..');
const aad = JSON.parse(readFileSync(join(repoRoot, 'aad.manifest.json'), 'utf8'));
const teams = JSON.parse(readFileSync(join(repoRoot, 'appPackage', 'manifest.json'), 'utf8'));
const scopeId = '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}';

// The Microsoft 365 hosts that may request a token for the API without asking the user again
// (Teams docs, "Configure your tab app in Microsoft Entra ID" and "Extend a Teams personal tab").
const microsoft365Clients = [
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
  '4765445b-32c6-49b0-83e6-1d93765276ca', // Microsoft 365 web
  '4345a7b9-9a63-4910-a426-35363201d503', // Microsoft 365 web (Office.com)
  '0ec893e0-5785-4de6-99da-4ed124e5296c', // Microsoft 365 desktop
  'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft 365 mobile, Outlook desktop
  '00000002-0000-0ff1-ce00-000000000000', // Outlook web (Exchange Online)
  'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
  '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
];

describe('aad.manifest.json', () => {
  it('exposes access_as_user and issues v2 access tokens', () => {
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
    expect(aad.api.oauth2PermissionScopes).toHaveLength(1);
    expect(aad.api.oauth2PermissionScopes[0]).toMatchObject({
      id: scopeId,
      value: 'access_as_user',
      type: 'User',
      isEnabled: true,
    });
  });

  it('pre-authorises exactly the Teams, Outlook and Microsoft 365 clients for that scope', () => {
    const clients = aad.api.preAuthorizedApplications as {
      appId: string;
      delegatedPermissionIds: string[];
    }[];
    expect(clients.map((client) => client.appId).sort()).toEqual([...microsoft365Clients].sort());
    for (const client of clients) expect(client.delegatedPermissionIds).toEqual([scopeId]);
  });

  it('has the SPA redirect for Nested App Authentication', () => {
    expect(aad.spa.redirectUris).toContain('brk-multihub://${{TAB_DOMAIN}}');
  });

  it("uses the same application id URI as the Teams manifest's webApplicationInfo", () => {
    expect(aad.identifierUris).toEqual([teams.webApplicationInfo.resource]);
    expect(aad.appId).toBe(teams.webApplicationInfo.id);
  });

  it('asks Graph for the delegated permissions sign-in and booking need, and the least application permissions the background work needs', () => {
    expect(aad.requiredResourceAccess).toEqual([
      {
        resourceAppId: 'Microsoft Graph',
        resourceAccess: [
          ...['openid', 'profile', 'offline_access', 'User.Read', 'Calendars.ReadWrite'].map((id) => ({
            id,
            type: 'Scope',
          })),
          // Following booked events with nobody signed in: start, end and cancellation, no bodies.
          { id: 'Calendars.ReadBasic.All', type: 'Role' },
          // Finding a meeting by its join URL, and its transcripts, where the meeting chat's RSC
          // grant does not reach; Graph honours both only for users an application access policy names.
          { id: 'OnlineMeetings.Read.All', type: 'Role' },
          { id: 'OnlineMeetingTranscript.Read.All', type: 'Role' },
          // Who manages whom, from the directory (a member's `manager`), so a pair the directory
          // vouches for needs no confirmation; without it the member confirms.
          { id: 'User.Read.All', type: 'Role' },
        ],
      },
    ]);
  });

  it('documents every permission it asks for in both admin guides', () => {
    const guides = ['admin-guide.md', 'admin-guide.ja.md'].map((name) =>
      readFileSync(join(repoRoot, 'docs', name), 'utf8'),
    );
    for (const { id } of aad.requiredResourceAccess[0].resourceAccess as { id: string }[]) {
      for (const guide of guides) expect(guide, id).toContain(`\`${id}\``);
    }
    for (const guide of guides) {
      expect(guide).toContain('New-CsApplicationAccessPolicy');
      expect(guide).toContain('Grant-CsApplicationAccessPolicy');
    }
  });

  it('issues no tokens through the implicit flow', () => {
    expect(aad.web.implicitGrantSettings).toEqual({
      enableIdTokenIssuance: false,
      enableAccessTokenIssuance: false,
    });
  });
});
