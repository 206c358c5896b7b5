/**
 * English messages. This object is the source of truth for message keys and for the
 * `{placeholder}` names each message takes; `messages.ja.ts` must match it exactly
 * (checked by the type system in `messages.ts`).
 */
export const en = {
  'app.name': 'Taiwa',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading Taiwa…',

  'language.switchTo': 'Switch language to {language}',
  'language.ja': '日本語',
  'language.en': 'English',

  'account.signedInAs': 'Signed in as {name}',
  'account.switchUser': 'Switch user',

  'signIn.title': 'Sign in',
  'signIn.devIntro': 'This is a local demo. Choose a demo person to sign in as; no password is needed.',
  'signIn.usersLabel': 'Demo people',
  'signIn.signInAs': 'Sign in as {name}',
  'signIn.signingIn': 'Signing in as {name}…',
  'signIn.loadingUsers': 'Loading demo people…',
  'signIn.noUsers': 'There are no demo people to sign in as.',
  'signIn.expired': 'Your sign-in has expired. Please sign in again.',
  'signIn.failed': 'Sign-in failed: {reason}',
  'signIn.entraTitle': 'Microsoft 365 sign-in',
  'signIn.entraOutsideHost':
    'Open Taiwa in Microsoft Teams, Outlook or the Microsoft 365 app to sign in. Signing in from a plain browser is not available yet.',
  'signIn.entraFailed': 'We could not sign you in with Microsoft 365: {reason}',

  'role.manager': 'Manager',
  'role.member': 'Member',
  'role.admin': 'Admin',
  'role.youAreManager': 'You are the manager',
  'role.youAreMember': 'You are the member',

  'status.planned': 'Planned',
  'status.live': 'In progress',
  'status.ended': 'Ended',

  'home.title': 'My 1on1s',
  'home.loading': 'Loading your 1on1s…',
  'home.empty.title': 'No 1on1 pairs yet',
  'home.empty.body': 'When you and your manager or a member start holding 1on1s in Taiwa, they appear here.',
  'home.pairsLabel': 'Your 1on1 pairs',
  'pair.with': '1on1 with {name}',
  'pair.next': 'Next 1on1',
  'pair.last': 'Last 1on1',
  'pair.notScheduled': 'Not scheduled',
  'pair.none': 'None yet',
  'pair.sessionsLabel': 'Sessions with {name}',
  'pair.sessionsHeading': 'Sessions',
  'pair.sessionsLoading': 'Loading sessions…',
  'pair.sessionsEmpty': 'No sessions yet.',

  'error.title': 'Something went wrong',
  'error.retry': 'Try again',
  'error.network': 'Could not reach Taiwa. Check your connection and try again.',
  'error.unexpected': 'An unexpected error occurred.',

  'config.title': 'Add Taiwa to this meeting',
  'config.body':
    'Taiwa gives you and your 1on1 partner a shared agenda, memos and dice talk right inside the meeting. Select Save to add it.',
  'config.outsideTeams':
    'This page is used by Microsoft Teams when Taiwa is added to a meeting. Open Taiwa from Teams to add it.',
  'config.home': 'Go to My 1on1s',

  'meeting.title': 'Taiwa in this meeting',
  'meeting.placeholder':
    'The in-meeting view is not available yet; it comes with the meeting update. Until then, you can see your 1on1s on the home page.',
  'meeting.home': 'Go to My 1on1s',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'notFound.home': 'Go to My 1on1s',
} as const;
