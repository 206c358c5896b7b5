import { describe, expect, it } from 'vitest';
import { canShareToStage, type MeetingCapabilities } from './shareToStage';

const sidePanel = { inHost: true, hostName: 'Teams', frameContext: 'meetingSidePanel' as const };

/** teams-js' meeting namespace as the host answers it: `[error, capabilities]`, as documented. */
function meetingAnswering(
  answer: Parameters<Parameters<MeetingCapabilities['getAppContentStageSharingCapabilities']>[0]>,
  isSupported?: boolean,
): MeetingCapabilities & { asked: number } {
  const meeting = {
    asked: 0,
    getAppContentStageSharingCapabilities(callback: (...args: typeof answer) => void) {
      meeting.asked++;
      callback(...answer);
    },
    ...(isSupported === undefined ? {} : { isSupported: () => isSupported }),
  };
  return meeting;
}

describe('share to stage is offered only where the meeting allows it', () => {
  it('when the host supports meetings and the app has share permission', async () => {
    expect(
      await canShareToStage(sidePanel, meetingAnswering([null, { doesAppHaveSharePermission: true }])),
    ).toBe(true);
    expect(
      await canShareToStage(
        { ...sidePanel, frameContext: 'meetingStage' },
        meetingAnswering([null, { doesAppHaveSharePermission: true }], true),
      ),
    ).toBe(true);
  });

  it('not when the app lacks the permission, or the host answers with an error (1000, 501)', async () => {
    expect(
      await canShareToStage(sidePanel, meetingAnswering([null, { doesAppHaveSharePermission: false }])),
    ).toBe(false);
    expect(
      await canShareToStage(
        sidePanel,
        meetingAnswering([{ errorCode: 1000, message: 'App does not have permission to share' }, null]),
      ),
    ).toBe(false);
    expect(await canShareToStage(sidePanel, meetingAnswering([{ errorCode: 501 }, null]))).toBe(false);
  });

  it('not where meetings are unsupported, without even asking', async () => {
    const unsupported = meetingAnswering([null, { doesAppHaveSharePermission: true }], false);
    expect(await canShareToStage(sidePanel, unsupported)).toBe(false);
    const outlook = meetingAnswering([null, { doesAppHaveSharePermission: true }]);
    expect(await canShareToStage({ ...sidePanel, hostName: 'Outlook' }, outlook)).toBe(false);
    const personalTab = meetingAnswering([null, { doesAppHaveSharePermission: true }]);
    expect(await canShareToStage({ ...sidePanel, frameContext: 'content' }, personalTab)).toBe(false);
    expect(unsupported.asked + outlook.asked + personalTab.asked).toBe(0);
    expect(await canShareToStage({ inHost: false, hostName: null, frameContext: 'browser' }, null)).toBe(
      false,
    );
  });

  it('not when teams-js throws (called outside the frame contexts it allows)', async () => {
    const throwing: MeetingCapabilities = {
      getAppContentStageSharingCapabilities() {
        throw new Error('This call is only allowed in following contexts: ["sidePanel","meetingStage"]');
      },
    };
    expect(await canShareToStage(sidePanel, throwing)).toBe(false);
  });
});
