import type { SummaryRecord } from '../data/repositories/summaries.js';
import type { TenantData } from '../data/tenantData.js';
import { type AgendaItem, agendaThemeLabel } from '../domain/agenda.js';
import { type Catalog, catalogLabel } from '../domain/catalog.js';
import { conflict, notFound } from '../domain/errors.js';
import type { Locale, LocalizedText } from '../domain/localizedText.js';
import type { Pair, PairRole } from '../domain/pair.js';
import {
  aiFallback,
  assertMayAccept,
  assertMayDiscard,
  assertMayDraft,
  assertMayReplace,
  extractiveDraft,
  type SummaryFallback,
  type SummaryItemText,
  type SummarySource,
  type SummaryState,
  validateSummaryItems,
} from '../domain/summary.js';
import { type TalkFitHint, talkFitHint } from '../domain/talkFit.js';
import { cuesInWindow, type ItemTalkShare, talkSharePerItem } from '../domain/talkShare.js';
import { visibleCues } from '../domain/transcript.js';
import type { TranscriptCue } from '../domain/webvtt.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
import { AzureOpenAiError, type SummaryDrafter, type SummaryRequestItem } from '../summary/azureOpenAi.js';
import { loadParticipantSession, participantPair } from './participantSession.js';
import { changeSession } from './sessionChanges.js';

/** What the summary routes need from the composition root. */
export interface SummaryContext {
  /** Null when the server has no Azure OpenAI deployment configured: nothing is ever sent. */
  drafter: SummaryDrafter | null;
  /** Tells the other window of the pair that the summary changed (its event names no text). */
  notifier: SessionChangeNotifier;
  now: () => Date;
  /** Outcome only (source, fallback reason, counts): never transcript or summary text. */
  log: (fields: Record<string, string | number | boolean>, message: string) => void;
}

export interface SummaryItemView extends SummaryItemText {
  title: LocalizedText;
  expectedResponseId: string | null;
  expectedResponse: LocalizedText | null;
  talk: { managerShare: number; memberShare: number; attributedMs: number } | null;
  /** The manager's private hint; always null for the member. */
  fit: TalkFitHint | null;
}

export interface SummaryView {
  state: SummaryState | 'none';
  source: SummarySource | null;
  fallback: SummaryFallback | null;
  version: number;
  items: SummaryItemView[];
  transcriptAvailable: boolean;
  consent: ConsentView;
}

export interface ConsentView {
  mine: boolean;
  theirs: boolean;
  /** The server has an Azure OpenAI deployment configured. */
  configured: boolean;
  enabledByAdmin: boolean;
  /** A new draft would be written by Azure OpenAI. */
  aiWillDraft: boolean;
}

interface Loaded {
  pair: Pair;
  role: PairRole;
  sessionStatus: string;
  agenda: AgendaItem[];
  catalog: Catalog;
  cues: TranscriptCue[];
  shares: ItemTalkShare[];
  consent: ConsentView;
  managerAllowed: boolean;
  memberAllowed: boolean;
}

/** Only items that were on the agenda at the end, in their order (carried-over ones included). */
function orderedAgenda(items: AgendaItem[]): AgendaItem[] {
  return [...items].sort((a, b) => a.position - b.position);
}

async function load(
  data: TenantData,
  sessionId: string,
  actorId: string,
  context: SummaryContext,
): Promise<Loaded> {
  const { session, pair, role } = await loadParticipantSession(data, sessionId, actorId);
  const [transcript, agenda, catalog, consents, enabledByAdmin, start, moments] = await Promise.all([
    data.transcripts.find(session.id),
    data.agenda.listForSession(session.id),
    data.catalog.load(),
    data.summaries.consents(pair.id),
    data.summaries.aiEnabled(),
    data.summaries.meetingStart(session.id),
    data.summaries.discussedMoments(session.id),
  ]);
  const cues = visibleCues(transcript?.state ?? 'none', transcript?.cues ?? null);
  const origin = start?.getTime() ?? 0;
  const speakers = new Map([
    [pair.manager.displayName, pair.manager.id],
    [pair.member.displayName, pair.member.id],
  ]);
  const shares = talkSharePerItem(
    cues,
    moments.map((moment) => ({ agendaItemId: moment.agendaItemId, atMs: moment.at.getTime() - origin })),
    speakers,
    [pair.manager.id, pair.member.id],
  );
  const managerAllowed = consents.get(pair.manager.id) ?? false;
  const memberAllowed = consents.get(pair.member.id) ?? false;
  const configured = context.drafter !== null;
  return {
    pair,
    role,
    sessionStatus: session.status,
    agenda: orderedAgenda(agenda),
    catalog,
    cues,
    shares,
    managerAllowed,
    memberAllowed,
    consent: {
      mine: role === 'manager' ? managerAllowed : memberAllowed,
      theirs: role === 'manager' ? memberAllowed : managerAllowed,
      configured,
      enabledByAdmin,
      aiWillDraft: aiFallback({ configured, enabledByAdmin, managerAllowed, memberAllowed }) === null,
    },
  };
}

/** An item's talk shares, and for the manager the private fit hint; the member's is always null. */
function itemTalk(loaded: Loaded, item: AgendaItem): Pick<SummaryItemView, 'talk' | 'fit'> {
  const share = loaded.shares.find((entry) => entry.agendaItemId === item.id);
  const manager = share?.share.people[0]?.share ?? 0;
  const member = share?.share.people[1]?.share ?? 0;
  const attributedMs = share?.share.attributedMs ?? 0;
  return {
    talk: share === undefined ? null : { managerShare: manager, memberShare: member, attributedMs },
    fit: loaded.role === 'manager' ? talkFitHint(item.expectedResponseId, manager, attributedMs) : null,
  };
}

function itemHeading(loaded: Loaded, item: AgendaItem) {
  return {
    title: agendaThemeLabel(item, loaded.catalog),
    expectedResponseId: item.expectedResponseId,
    expectedResponse:
      item.expectedResponseId === null
        ? null
        : catalogLabel(loaded.catalog, 'expectedResponses', item.expectedResponseId),
  };
}

function present(loaded: Loaded, record: SummaryRecord | null): SummaryView {
  const texts = new Map((record?.items ?? []).map((item) => [item.agendaItemId, item]));
  const shown = record !== null && record.state !== 'discarded';
  return {
    state: record?.state ?? 'none',
    source: record?.source ?? null,
    fallback: (record?.fallback as SummaryFallback | null | undefined) ?? null,
    version: record?.version ?? 0,
    transcriptAvailable: loaded.cues.length > 0,
    consent: loaded.consent,
    items: shown
      ? loaded.agenda
          .filter((item) => texts.has(item.id))
          .map((item) => ({
            ...(texts.get(item.id) ?? { agendaItemId: item.id, said: '', decisions: '', actions: '' }),
            ...itemHeading(loaded, item),
            ...itemTalk(loaded, item),
          }))
      : [],
  };
}

export interface TalkFitItemView extends Omit<SummaryItemView, keyof SummaryItemText | 'fit'> {
  agendaItemId: string;
  fit: TalkFitHint | null;
}

/**
 * The manager's private fit hints straight from the transcript, with or without a summary draft:
 * each agenda item's talk shares and hint. Nothing is drafted or stored. To the member (and anyone
 * else) this does not exist: the hint is the manager's alone.
 */
export async function talkFitView(
  data: TenantData,
  sessionId: string,
  actorId: string,
  context: SummaryContext,
): Promise<{ transcriptAvailable: boolean; items: TalkFitItemView[] }> {
  const loaded = await load(data, sessionId, actorId, context);
  if (loaded.role !== 'manager') throw notFound('talk fit');
  return {
    transcriptAvailable: loaded.cues.length > 0,
    items:
      loaded.cues.length === 0
        ? []
        : loaded.agenda.map((item) => ({
            agendaItemId: item.id,
            ...itemHeading(loaded, item),
            ...itemTalk(loaded, item),
          })),
  };
}

export async function summaryView(
  data: TenantData,
  sessionId: string,
  actorId: string,
  context: SummaryContext,
): Promise<SummaryView> {
  const loaded = await load(data, sessionId, actorId, context);
  return present(loaded, await data.summaries.find(sessionId));
}

function requestItems(loaded: Loaded, locale: Locale): SummaryRequestItem[] {
  const windows = new Map(loaded.shares.map((share) => [share.agendaItemId, share.window]));
  return loaded.agenda.map((item) => {
    const window = windows.get(item.id);
    return {
      agendaItemId: item.id,
      title: agendaThemeLabel(item, loaded.catalog)[locale],
      expectedResponse:
        item.expectedResponseId === null
          ? null
          : catalogLabel(loaded.catalog, 'expectedResponses', item.expectedResponseId)[locale],
      lines:
        window === undefined
          ? []
          : cuesInWindow(loaded.cues, window).map((cue) => ({ speaker: cue.speaker ?? '?', text: cue.text })),
    };
  });
}

/**
 * Drafts the summary. Azure OpenAI is called only when configured, enabled by the admin and allowed
 * by both people; otherwise, or when it fails, the draft is extractive and says why.
 */
export async function draftSummary(
  data: TenantData,
  sessionId: string,
  actorId: string,
  locale: Locale,
  context: SummaryContext,
): Promise<SummaryView> {
  const loaded = await load(data, sessionId, actorId, context);
  assertMayDraft(loaded.sessionStatus, loaded.cues.length > 0);
  assertMayReplace((await data.summaries.find(sessionId))?.state ?? null);
  const itemIds = loaded.agenda.map((item) => item.id);
  let fallback: SummaryFallback | null = aiFallback({
    configured: context.drafter !== null,
    enabledByAdmin: loaded.consent.enabledByAdmin,
    managerAllowed: loaded.managerAllowed,
    memberAllowed: loaded.memberAllowed,
  });
  let items: SummaryItemText[] | null = null;
  if (fallback === null && context.drafter !== null) {
    const startedAt = Date.now();
    try {
      items = await context.drafter.draft(requestItems(loaded, locale), locale);
      context.log(
        { sessionId, items: items.length, ms: Date.now() - startedAt },
        'summary drafted by Azure OpenAI',
      );
    } catch (error) {
      if (!(error instanceof AzureOpenAiError)) throw error;
      fallback = error.reason;
      context.log(
        { sessionId, reason: error.reason, detail: error.message, ms: Date.now() - startedAt },
        'Azure OpenAI summary failed; drafting from the transcript instead',
      );
    }
  }
  const source: SummarySource = items === null ? 'extractive' : 'azure_openai';
  const draft =
    items ??
    extractiveDraft(
      loaded.cues,
      loaded.shares.map((share) => share.window),
      itemIds,
    );
  // The call above can take seconds: the row is checked again, under lock, before it is replaced.
  const record = await changeSession(data, context.notifier, sessionId, async (trx, recordEvent) => {
    assertMayReplace((await trx.summaries.findForUpdate(sessionId))?.state ?? null);
    const saved = await trx.summaries.saveDraft(
      sessionId,
      { source, fallback, items: draft },
      actorId,
      context.now(),
    );
    await recordEvent('summary.changed', { change: 'drafted', version: saved.version });
    return saved;
  });
  return present(loaded, record);
}

/** Accepts the draft, with the pair's edits, if nobody changed it since the caller saw it. */
export async function acceptSummary(
  data: TenantData,
  sessionId: string,
  actorId: string,
  expectedVersion: number,
  edits: readonly SummaryItemText[],
  context: SummaryContext,
): Promise<SummaryView> {
  const loaded = await load(data, sessionId, actorId, context);
  const items = validateSummaryItems(edits, new Set(loaded.agenda.map((item) => item.id)));
  const record = await changeSession(data, context.notifier, sessionId, async (trx, recordEvent) => {
    const current = await trx.summaries.findForUpdate(sessionId);
    assertMayAccept(current?.state ?? null);
    const accepted = await trx.summaries.accept(sessionId, expectedVersion, items, actorId, context.now());
    // Someone else saved first: their text comes back with the conflict, so both versions can be kept.
    if (accepted === null)
      throw conflict('the summary changed since you loaded it', present(loaded, current));
    await recordEvent('summary.changed', { change: 'accepted', version: accepted.version });
    return accepted;
  });
  return present(loaded, record);
}

export async function discardSummary(
  data: TenantData,
  sessionId: string,
  actorId: string,
  expectedVersion: number,
  context: SummaryContext,
): Promise<SummaryView> {
  const loaded = await load(data, sessionId, actorId, context);
  const record = await changeSession(data, context.notifier, sessionId, async (trx, recordEvent) => {
    const current = await trx.summaries.findForUpdate(sessionId);
    assertMayDiscard(current?.state ?? null);
    const discarded = await trx.summaries.discard(sessionId, expectedVersion, actorId, context.now());
    if (discarded === null)
      throw conflict('the summary changed since you loaded it', present(loaded, current));
    await recordEvent('summary.changed', { change: 'discarded', version: discarded.version });
    return discarded;
  });
  return present(loaded, record);
}

/** Each person allows (or stops allowing) Azure OpenAI drafting for their pair; it never needs both at once. */
export async function setSummaryConsent(
  data: TenantData,
  pairId: string,
  actorId: string,
  allowed: boolean,
  context: SummaryContext,
): Promise<ConsentView> {
  const { pair, role } = await participantPair(data, pairId, actorId);
  await data.summaries.setConsent(pair.id, actorId, allowed, context.now());
  const [consents, enabledByAdmin] = await Promise.all([
    data.summaries.consents(pair.id),
    data.summaries.aiEnabled(),
  ]);
  const managerAllowed = consents.get(pair.manager.id) ?? false;
  const memberAllowed = consents.get(pair.member.id) ?? false;
  const configured = context.drafter !== null;
  return {
    mine: role === 'manager' ? managerAllowed : memberAllowed,
    theirs: role === 'manager' ? memberAllowed : managerAllowed,
    configured,
    enabledByAdmin,
    aiWillDraft: aiFallback({ configured, enabledByAdmin, managerAllowed, memberAllowed }) === null,
  };
}
