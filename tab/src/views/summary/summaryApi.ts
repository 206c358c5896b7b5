import { type Caller, taiwaFetch, taiwaJson } from '../booking/taiwaFetch';

export type SummaryState = 'none' | 'draft' | 'accepted' | 'discarded';
export type FitKind = 'spokeTooMuch' | 'spokeTooLittle' | 'fits';

export interface LocalizedText {
  ja: string;
  en: string;
}

export interface SummaryItemText {
  agendaItemId: string;
  said: string;
  decisions: string;
  actions: string;
}

export interface SummaryItem extends SummaryItemText {
  title: LocalizedText;
  expectedResponseId: string | null;
  expectedResponse: LocalizedText | null;
  talk: { managerShare: number; memberShare: number; attributedMs: number } | null;
  /** The manager's private hint; the server sends null to the member. */
  fit: { kind: FitKind; expectedResponseId: string; managerShare: number } | null;
}

export interface SummaryConsent {
  mine: boolean;
  theirs: boolean;
  configured: boolean;
  enabledByAdmin: boolean;
  aiWillDraft: boolean;
}

export interface SummaryView {
  state: SummaryState;
  source: 'azure_openai' | 'extractive' | null;
  fallback: string | null;
  version: number;
  transcriptAvailable: boolean;
  consent: SummaryConsent;
  items: SummaryItem[];
}

/** The server's limit per text (domain/summary SUMMARY_TEXT_LIMIT). */
export const SUMMARY_TEXT_LIMIT = 2000;

const path = (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/summary`;
const json = { 'Content-Type': 'application/json' };

export const fetchSummary = (caller: Caller, sessionId: string) =>
  taiwaJson<SummaryView>(caller, path(sessionId));

export const draftSummary = (caller: Caller, sessionId: string) =>
  taiwaJson<SummaryView>(caller, `${path(sessionId)}/draft`, { method: 'POST' });

export const acceptSummary = (caller: Caller, sessionId: string, version: number, items: SummaryItemText[]) =>
  taiwaJson<SummaryView>(caller, path(sessionId), {
    method: 'PUT',
    headers: { ...json, 'If-Match': `"${version}"` },
    body: JSON.stringify({ items }),
  });

export const discardSummary = (caller: Caller, sessionId: string, version: number) =>
  taiwaJson<SummaryView>(caller, path(sessionId), {
    method: 'DELETE',
    headers: { 'If-Match': `"${version}"` },
  });

export const setSummaryConsent = (caller: Caller, pairId: string, allowed: boolean) =>
  taiwaJson<SummaryConsent>(caller, `/pairs/${encodeURIComponent(pairId)}/summary-consent`, {
    method: 'PUT',
    headers: json,
    body: JSON.stringify({ allowed }),
  });

export interface AdminSummarySettings {
  aiEnabled: boolean;
  configured: boolean;
}

export const fetchAdminSummarySettings = (caller: Caller) =>
  taiwaJson<AdminSummarySettings>(caller, '/admin/summary-settings');

export const saveAdminSummarySettings = async (caller: Caller, aiEnabled: boolean) =>
  (
    await taiwaFetch(caller, '/admin/summary-settings', {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ aiEnabled }),
    })
  ).json() as Promise<AdminSummarySettings>;
