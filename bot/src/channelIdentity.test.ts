import { describe, expect, it } from 'vitest';
import type { IncomingActivity } from './activity.js';
import { type ChannelTrust, trustedTenantOf } from './channelIdentity.js';
import type { TaiwaBotPort } from './port.js';
import { handleTurn } from './turn.js';

const TENANT = '11111111-1111-4111-8111-111111111111';
const OTHER_TENANT = '22222222-2222-4222-8222-222222222222';
const APP_ID = '33333333-3333-4333-8333-333333333333';
const MEMBER = '44444444-4444-4444-8444-444444444444';
const trust: ChannelTrust = { botAppId: APP_ID, allowedTenants: new Set([TENANT]) };

function activity(overrides: Partial<IncomingActivity> = {}): IncomingActivity {
  return {
    type: 'message',
    text: 'my 1on1s',
    locale: 'en-US',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    channelId: 'msteams',
    from: { id: '29:someone', aadObjectId: MEMBER },
    recipient: { id: `28:${APP_ID}` },
    conversation: { id: 'a:personal', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...overrides,
  };
}

/** A port that fails the test if the turn touches any data. */
const untouchable = new Proxy({} as TaiwaBotPort, {
  get(_target, name) {
    if (name === 'then') return undefined;
    return () => {
      throw new Error(`the turn touched the port: ${String(name)}`);
    };
  },
});

describe('which activities may speak for a Taiwa user', () => {
  it('trusts Teams addressed to this bot from an allowed tenant', () => {
    expect(trustedTenantOf(activity(), trust)).toBe(TENANT);
    expect(trustedTenantOf(activity({ recipient: { id: APP_ID } }), trust)).toBe(TENANT);
  });

  it.each([
    ['Direct Line', activity({ channelId: 'directline' })],
    ['Web Chat', activity({ channelId: 'webchat' })],
    ['another bot', activity({ recipient: { id: '28:55555555-5555-4555-8555-555555555555' } })],
    [
      'a tenant not allowed',
      activity({ channelData: { tenant: { id: OTHER_TENANT } }, conversation: { id: 'c' } }),
    ],
    ['no channelData tenant', activity({ channelData: {} })],
    ['tenants that disagree', activity({ conversation: { id: 'c', tenantId: OTHER_TENANT } })],
  ])('does not trust %s', (_name, candidate) => {
    expect(trustedTenantOf(candidate, trust)).toBeNull();
  });

  it('answers a Direct Line message naming a member with "open Taiwa in Teams" and touches no data', async () => {
    const outcome = await handleTurn(activity({ channelId: 'directline' }), untouchable, trust);
    expect(outcome.replies).toEqual([
      { type: 'message', text: 'Taiwa works in Microsoft Teams. Please open Taiwa in Teams.' },
    ]);
  });

  it('answers a Web Chat card action in Japanese without running it', async () => {
    const outcome = await handleTurn(
      activity({
        channelId: 'webchat',
        type: 'invoke',
        name: 'adaptiveCard/action',
        locale: 'ja-JP',
        value: { action: { type: 'Action.Execute', verb: 'rating.refresh', data: { sessionId: 'x' } } },
      }),
      untouchable,
      trust,
    );
    expect(outcome.invokeResponse?.body).toMatchObject({
      statusCode: 200,
      value: 'Taiwa は Microsoft Teams でお使いください。Teams で Taiwa を開いてください。',
    });
  });

  it('ignores a forged install from another channel: no reference is stored', async () => {
    const outcome = await handleTurn(
      activity({ channelId: 'directline', type: 'installationUpdate', action: 'add' }),
      untouchable,
      trust,
    );
    expect(outcome).toEqual({ replies: [] });
  });
});
