import { describe, expect, it } from 'vitest';
import type { IncomingActivity } from './activity.js';
import { factsFromMeetingEvent, factsFromMeetingInfo, mergeFacts, readJoinUrl } from './meetingFacts.js';

const ORGANIZER = 'd4a060b5-a8fc-450c-837b-0000000000aa';
// The join URL shape Graph documents: thread in the path, tenant and organizer in `context`.
const JOIN_URL = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDRiZjRi%40thread.v2/0?context=%7b%22Tid%22%3a%2279a788bf-86f1-41af-91ab-000000000000%22%2c%22Oid%22%3a%22${ORGANIZER}%22%7d`;

describe('meeting facts', () => {
  it('reads the organizer from a join URL and refuses anything that is not one', () => {
    expect(readJoinUrl(JOIN_URL)).toEqual({ joinUrl: JOIN_URL, organizerId: ORGANIZER });
    expect(readJoinUrl('https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0')).toEqual({
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
      organizerId: null,
    });
    expect(readJoinUrl('http://teams.microsoft.com/l/meetup-join/x')).toBeNull();
    expect(readJoinUrl('https://evil.example/elsewhere')).toBeNull();
    expect(readJoinUrl('url')).toBeNull();
    expect(readJoinUrl(`${JOIN_URL.split('?')[0]}?context=not-json`)?.organizerId).toBeNull();
  });

  it('takes the meeting id from channelData and the join URL from value, as the event documents them', () => {
    const event = {
      type: 'event',
      name: 'application/vnd.microsoft.meetingStart',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/jp/',
      from: { id: 'userID', aadObjectId: 'aadObjectId' },
      recipient: { id: '28:bot' },
      conversation: { isGroup: true, tenantId: 'tenantId', id: '19:meeting_NDRiZjRi@thread.v2' },
      channelData: { tenant: { id: 'tenantId' }, source: null, meeting: { id: 'MCMxOTptZWV0aW5n' } },
      value: {
        MeetingType: 'Scheduled',
        Title: 'Meeting Start/End Event',
        Id: 'not-the-meeting-id-to-use',
        JoinUrl: JOIN_URL,
        StartTime: '2021-04-29T16:17:17.4388966Z',
      },
    } as unknown as IncomingActivity;
    expect(factsFromMeetingEvent(event)).toEqual({
      teamsMeetingId: 'MCMxOTptZWV0aW5n',
      joinUrl: JOIN_URL,
      onlineMeetingId: null,
      organizerId: ORGANIZER,
    });
  });

  it("reads the meeting details API's answer, including a one-on-one call that carries almost nothing", () => {
    const scheduled = factsFromMeetingInfo(
      {
        details: {
          id: 'MCMxOTptZWV0aW5n',
          msGraphResourceId:
            'MSowYmQ0M2I4OS1lN2QxLTQxNzAtOGZhYi00OWJjYjkwOTk1YWYqMCoqMTk6bWVldGluZ19OVEkyT0RjM01qUXROV1UyW',
          scheduledStartTime: '2020-08-21T02:30:00+00:00',
          joinUrl: JOIN_URL,
          title: 'All Hands',
          type: 'Scheduled',
        },
        conversation: { isGroup: true, conversationType: 'groupchat', id: 'meeting chat ID' },
        organizer: { id: '29:organizer', aadObjectId: 'a1b2c3d4-0000-4000-8000-000000000001', tenantId: 't' },
      },
      null,
    );
    expect(scheduled).toEqual({
      teamsMeetingId: 'MCMxOTptZWV0aW5n',
      joinUrl: JOIN_URL,
      onlineMeetingId:
        'MSowYmQ0M2I4OS1lN2QxLTQxNzAtOGZhYi00OWJjYjkwOTk1YWYqMCoqMTk6bWVldGluZ19OVEkyT0RjM01qUXROV1UyW',
      organizerId: 'a1b2c3d4-0000-4000-8000-000000000001',
    });
    const call = factsFromMeetingInfo({ details: { id: 'call', type: 'OneToOneCall' } }, 'call');
    expect(call).toEqual({ teamsMeetingId: 'call', joinUrl: null, onlineMeetingId: null, organizerId: null });
    expect(mergeFacts(call, scheduled)).toEqual({ ...scheduled, teamsMeetingId: 'call' });
  });
});
