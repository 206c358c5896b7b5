/** Ending a pair, in English: the source of the keys and placeholders (ja.ts must match). Loaded when first needed. */
export const en = {
  'pairEnd.end': 'End this 1on1 pairing',
  'pairEnd.confirm': 'End the pairing with {name}? Its history stays, read-only.',
  'pairEnd.cancels':
    'Its planned 1on1s are cancelled, and so are the calendar invitations you sent for them. An invitation {name} sent stays in their calendar until they cancel it.',
  'pairEnd.yes': 'End it',
} as const;
