import { useState } from 'react';
import { loadedMeetingView, MeetingView } from './lazyViews';

/**
 * /meeting and /meeting/stage: the meeting view rendered directly when its code is already in
 * (main.tsx fetched it beside the Teams handshake), so it never suspends; otherwise loaded lazily.
 */
export function MeetingViewRoute(props: { surface: 'auto' | 'stage' }) {
  // Decided once per mount, so the view never switches between the two and remounts.
  const [Ready] = useState(loadedMeetingView);
  return Ready === null ? <MeetingView surface={props.surface} /> : <Ready surface={props.surface} />;
}
