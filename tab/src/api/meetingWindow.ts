/**
 * When opening the side panel may start a 1on1, imported from the API's own rule at build time so the
 * panel and the server agree (as with limits.ts).
 */
export {
  goesLive,
  inMeetingWindow,
  OPEN_EARLY_MS,
  OPEN_LATE_MS,
} from '../../../api/src/domain/meetingWindow';
