/** The transcript’s English texts: the source of the keys and placeholders (ja.ts must match). Loaded when first needed. */
export const en = {
  'transcript.title': 'Transcript',
  'transcript.loading': 'Loading the transcript…',
  'transcript.waiting':
    'Teams is still preparing the transcript. Taiwa will attach it as soon as it is ready.',
  'transcript.waitingNext': 'Next check: {when}',
  'transcript.none': 'There is no transcript for this 1on1.',
  'transcript.notPermitted':
    'Microsoft 365 did not let Taiwa read this transcript. An administrator needs to consent to Taiwa reading meeting transcripts.',
  'transcript.hidden': 'The member has hidden this transcript.',
  'transcript.deleted': 'This transcript was deleted at the end of your organisation’s retention period.',
  'transcript.speaker': 'Speaker',
  'transcript.everyone': 'Everyone',
  'transcript.search': 'Search the transcript',
  'transcript.matches': '{count} of {total} lines',
  'transcript.noMatches': 'No lines match.',
  'transcript.unknownSpeaker': 'Unknown',
  'transcript.hide': 'Hide from both of us',
  'transcript.show': 'Show again',
  'transcript.onlyPair': 'Only the two of you can see this transcript.',
  'transcript.deleteAfter': 'Deleted automatically on {date}.',
  'transcript.upload': 'Attach a .vtt file',
  'transcript.uploadHint': 'Demo mode has no Teams transcription: attach a WebVTT file instead.',
  'transcript.failed': 'Something went wrong: {reason}',
} as const;
