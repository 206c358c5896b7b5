/** The booking view’s English texts: the source of the keys and placeholders (ja.ts must match). Loaded when first needed. */
export const en = {
  'booking.pageTitle': 'Your next 1on1 with {name}',
  'booking.pageIntro': 'Your last 1on1 ended {when}. Set the next date before it is forgotten.',
  'booking.title': 'Book the next 1on1',
  'booking.intro': 'Taiwa looks for times when you are both free, within working hours.',
  'booking.find': 'Find times',
  'booking.finding': 'Looking at both calendars…',
  'booking.none':
    'No free time for both of you in the next two weeks. Try again later or book in your calendar.',
  'booking.choose': 'Choose a time',
  'booking.book': 'Book this time',
  'booking.booking': 'Booking…',
  'booking.booked': 'Next 1on1: {when}',
  'booking.bookedTeams': 'An Outlook invitation with a Teams meeting went to both of you.',
  'booking.bookedLocal': 'Saved in Taiwa. Add it to your calendar with the .ics file.',
  'booking.cancelled': 'The next 1on1 was cancelled in the calendar.',
  'booking.notFollowed':
    'Microsoft 365 does not let Taiwa read this Outlook event, so Taiwa no longer follows it. If you move it in Outlook, change it in Taiwa too.',
  'booking.join': 'Join the Teams meeting',
  'booking.ics': 'Download .ics',
  'booking.consentTitle': 'Taiwa needs access to your calendar',
  'booking.consentBody': 'Allow Taiwa to read free/busy times and create the meeting, then try again.',
  'booking.consentButton': 'Allow calendar access',
  'booking.adminTitle': 'An administrator needs to approve Taiwa',
  'booking.adminBody':
    'Ask your Microsoft 365 administrator to grant Taiwa its calendar permissions. Meanwhile you can book in Outlook as usual.',
  'booking.openBrowser': 'Open Taiwa in your browser to allow access',
  'booking.retry': 'Try again',
  'booking.failed': 'Could not book: {reason}',
  'booking.rhythmTag': '{when} · your rhythm',
  'booking.rhythmBusy':
    'Your rhythm’s date, {when}, is taken in one of your calendars, so other times are shown.',
} as const;
