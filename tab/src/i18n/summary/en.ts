/** The summary’s English texts: the source of the keys and placeholders (ja.ts must match). Loaded when first needed. */
export const en = {
  'summary.show': 'Show the summary',
  'summary.hide': 'Hide the summary',
  'summary.title': 'Summary',
  'summary.loading': 'Loading the summary…',
  'summary.onlyPair': 'Only the two of you can see this summary.',
  'summary.noTranscript': 'A summary can be drafted once this 1on1 has a transcript you can both see.',
  'summary.none': 'No summary yet. Draft one from the transcript, then accept, edit or discard it together.',
  'summary.discarded': 'The summary was discarded. You can draft a new one.',
  'summary.draft': 'Draft a summary',
  'summary.redraft': 'Draft again',
  'summary.drafting': 'Drafting…',
  'summary.stateDraft': 'Draft — not accepted yet',
  'summary.stateAccepted': 'Accepted',
  'summary.sourceAi': "Written by your organisation's Azure OpenAI. Check it before you accept it.",
  'summary.sourceExtractive': 'Lines picked from the transcript; nothing was sent anywhere.',
  'summary.fallback.not_configured': 'Azure OpenAI is not set up for Taiwa in your organisation.',
  'summary.fallback.not_enabled': 'Your administrator has not turned on Azure OpenAI summaries.',
  'summary.fallback.not_allowed': 'Azure OpenAI drafts only when both of you allow it.',
  'summary.fallback.failed':
    'Azure OpenAI did not answer, so the lines were picked from the transcript instead.',
  'summary.fallback.timeout':
    'Azure OpenAI took too long, so the lines were picked from the transcript instead.',
  'summary.fallback.invalid_response':
    'Azure OpenAI answered in an unexpected form, so the lines were picked from the transcript instead.',
  'summary.said': 'What was said',
  'summary.decisions': 'Decisions',
  'summary.actions': 'Proposed action items',
  'summary.expected': 'Asked for: {response}',
  'summary.talk': 'Talk: manager {manager} · member {member}',
  'summary.noTalk': 'This item was not marked discussed, so its talk is not measured.',
  'summary.accept': 'Accept',
  'summary.saveEdits': 'Save edits',
  'summary.discard': 'Discard',
  'summary.saving': 'Saving…',
  'summary.saved': 'Saved.',
  'summary.overLimit': 'Shorten the texts marked above before saving.',
  'summary.conflict':
    'The other person saved a different version meanwhile. Their text is shown below yours; your text is kept — save again to keep yours.',
  'summary.theirVersion': 'Their saved version',
  'summary.failed': 'Not saved: {reason}. Your text is still here.',
  'summary.loadFailed': 'The summary could not be loaded: {reason}',
  'summary.retry': 'Try again',
  'summary.consentLabel': 'Allow Azure OpenAI to draft our summaries',
  'summary.consentHint':
    "Runs in your organisation's own Azure; only the agenda titles and transcript lines are sent. Both of you must allow it.",
  'summary.theirConsentYes': 'The other person allows it.',
  'summary.theirConsentNo': 'The other person has not allowed it.',
  'summary.aiOff':
    'Azure OpenAI summaries are off in your organisation; drafts are picked from the transcript.',
  'summary.fitTitle': 'Only you see this',
  'summary.fit.spokeTooMuch': 'You spoke {share} of the time here, while they asked: {response}.',
  'summary.fit.spokeTooLittle': 'You spoke only {share} of the time here, while they asked: {response}.',
  'summary.fit.fits': 'You spoke {share} of the time here — in line with what they asked ({response}).',
  'summary.adminTitle': 'Summaries by Azure OpenAI',
  'summary.adminHint':
    "When on, pairs whose two people both allow it get summary drafts from your organisation's own Azure OpenAI deployment. Nothing leaves your Azure.",
  'summary.adminToggle': 'Turn on Azure OpenAI summaries',
  'summary.adminNotConfigured':
    'The server has no Azure OpenAI deployment configured (AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_DEPLOYMENT, AZURE_OPENAI_API_KEY); drafts stay extractive until it has one.',
  'summary.adminSaved': 'Saved.',
  'summary.fitSectionTitle': 'How your talk fitted what was asked',
  'summary.fitSectionIntro':
    'From the transcript, per agenda item; no summary is drafted for this. Only you see it, never the member.',
  'summary.fitLoading': 'Reading the talk shares…',
  'summary.fitLoadFailed': 'The talk shares could not be read: {reason}',
  'summary.fitNone': 'No item had a response asked for and enough talk to compare.',
  'summary.liveChanged':
    'The summary was changed meanwhile. Your edits are kept, with the saved version under each field; saving again keeps yours.',
  'summary.liveUpdated': 'The summary was changed meanwhile; it is shown as it is now.',
  'summary.liveDiscarded':
    'The summary was discarded meanwhile. Your edits are still shown here so nothing is lost; copy what you need, then draft again.',
} as const;
