import type { IncomingActivity } from './activity.js';

/**
 * What Taiwa learns about the Teams meeting a 1on1 is held in, from the meeting itself: its start
 * and end events, or the bot's meeting details API (botbuilder's `TeamsInfo.getMeetingInfo`).
 * These let transcripts be fetched for 1on1s Taiwa did not book (scheduled in Outlook, ad hoc).
 */
export interface MeetingFacts {
  /** Teams' own meeting id (`channelData.meeting.id`, teams-js `meeting.id`): what the meeting API takes. */
  teamsMeetingId: string | null;
  /** The meeting's join URL, which Graph also knows it by (`JoinWebUrl`). */
  joinUrl: string | null;
  /** Graph's onlineMeeting id (the meeting API's `msGraphResourceId`). */
  onlineMeetingId: string | null;
  /** Entra object id of the organizer, in whose mailbox Graph keeps the transcripts. */
  organizerId: string | null;
}

/**
 * The meeting details API's answer (GET /v1/meetings/{meetingId} on the serviceUrl), as "Meeting
 * apps API references" documents it. One-on-one calls carry only `details.id` and `details.type`.
 */
export interface TeamsMeetingInfo {
  details?: {
    id?: string;
    msGraphResourceId?: string;
    scheduledStartTime?: string | Date;
    scheduledEndTime?: string | Date;
    joinUrl?: string;
    title?: string;
    type?: string;
  };
  conversation?: { id?: string; conversationType?: string; isGroup?: boolean };
  organizer?: { id?: string; aadObjectId?: string; objectId?: string; tenantId?: string };
}

export const NO_MEETING_FACTS: MeetingFacts = {
  teamsMeetingId: null,
  joinUrl: null,
  onlineMeetingId: null,
  organizerId: null,
};

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * A Teams join URL (`https://teams.microsoft.com/l/meetup-join/…?context={"Tid":…,"Oid":…}`) and,
 * when its context says, the organizer (`Oid`) and tenant (`Tid`). Null for anything else.
 */
export function readJoinUrl(raw: unknown): { joinUrl: string; organizerId: string | null } | null {
  const value = text(raw);
  if (value === null) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.pathname.startsWith('/l/meetup-join/')) return null;
  let organizerId: string | null = null;
  const context = url.searchParams.get('context');
  if (context !== null) {
    try {
      const parsed = JSON.parse(context) as { Oid?: unknown };
      organizerId = typeof parsed.Oid === 'string' && /^[0-9a-f-]{36}$/i.test(parsed.Oid) ? parsed.Oid : null;
    } catch {
      organizerId = null;
    }
  }
  return { joinUrl: value, organizerId };
}

/**
 * Facts a meetingStart / meetingEnd event carries: the meeting id in `channelData.meeting.id` (the
 * docs say not to use `value.Id` for it) and the join URL in `value.JoinUrl`.
 */
export function factsFromMeetingEvent(activity: IncomingActivity): MeetingFacts {
  const value =
    typeof activity.value === 'object' && activity.value !== null
      ? (activity.value as Record<string, unknown>)
      : {};
  const join = readJoinUrl(value.JoinUrl);
  return {
    teamsMeetingId: text(activity.channelData?.meeting?.id),
    joinUrl: join?.joinUrl ?? null,
    onlineMeetingId: null,
    organizerId: join?.organizerId ?? null,
  };
}

export function factsFromMeetingInfo(info: TeamsMeetingInfo, teamsMeetingId: string | null): MeetingFacts {
  const join = readJoinUrl(info.details?.joinUrl);
  return {
    teamsMeetingId: text(info.details?.id) ?? teamsMeetingId,
    joinUrl: join?.joinUrl ?? null,
    onlineMeetingId: text(info.details?.msGraphResourceId),
    organizerId: text(info.organizer?.aadObjectId) ?? join?.organizerId ?? null,
  };
}

/** Each fact from `first` where it has one, else from `second`. */
export function mergeFacts(first: MeetingFacts, second: MeetingFacts): MeetingFacts {
  return {
    teamsMeetingId: first.teamsMeetingId ?? second.teamsMeetingId,
    joinUrl: first.joinUrl ?? second.joinUrl,
    onlineMeetingId: first.onlineMeetingId ?? second.onlineMeetingId,
    organizerId: first.organizerId ?? second.organizerId,
  };
}
