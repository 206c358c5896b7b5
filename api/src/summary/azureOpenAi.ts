import { identityTokenSource, ManagedIdentityError } from '../azure/managedIdentity.js';
import type { AzureOpenAiConfig } from '../config.js';
import type { Locale } from '../domain/localizedText.js';
import { clip, SUMMARY_TEXT_LIMIT, type SummaryItemText } from '../domain/summary.js';
import { SUMMARY_LANGUAGE_LINE } from '../text/summaryPrompt.js';

/**
 * The tenant's own Azure OpenAI deployment, spoken to over its chat completions REST API
 * (https://learn.microsoft.com/azure/ai-services/openai/reference). Authenticated with the
 * deployment's API key or the app's managed identity; the request carries the agenda items' titles
 * and the transcript lines of each item's part of the meeting, and nothing else. The answer must be the JSON object asked for,
 * checked field by field; anything else is an error the caller turns into an extractive draft.
 */

export const API_VERSION = '2024-10-21';
/** A summary of a one-hour 1on1 takes seconds; past this the pair gets the extractive draft instead. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Keeps a long meeting's request within what a deployment accepts; the excess lines are left out. */
export const MAX_TRANSCRIPT_CHARS = 60_000;

export interface SummaryRequestItem {
  agendaItemId: string;
  title: string;
  expectedResponse: string | null;
  lines: Array<{ speaker: string; text: string }>;
}

export type AzureOpenAiFailure = 'failed' | 'timeout' | 'invalid_response';

export class AzureOpenAiError extends Error {
  constructor(
    readonly reason: AzureOpenAiFailure,
    /** Status and shape only: never the transcript, the answer's text or the key. */
    message: string,
  ) {
    super(message);
    this.name = 'AzureOpenAiError';
  }
}

export interface SummaryDrafter {
  draft(items: readonly SummaryRequestItem[], locale: Locale): Promise<SummaryItemText[]>;
}

function systemPrompt(locale: Locale): string {
  return [
    'You summarise a 1on1 meeting between a manager and a member, per agenda item, from its transcript lines.',
    'Answer with one JSON object only: {"items":[{"agendaItemId":string,"said":string,"decisions":[string],"actionItems":[string]}]}.',
    'One entry per agenda item given, with its agendaItemId unchanged. "said": what was said, in 1-3 sentences.',
    '"decisions": what was decided (may be empty). "actionItems": proposed next steps, naming who (may be empty).',
    'Use only what the lines say; do not invent. Keep each text under 600 characters.',
    SUMMARY_LANGUAGE_LINE[locale],
  ].join(' ');
}

/** Bounds the transcript sent: the lines of each item in turn, until the budget runs out. */
function boundedItems(items: readonly SummaryRequestItem[]): SummaryRequestItem[] {
  let budget = MAX_TRANSCRIPT_CHARS;
  return items.map((item) => {
    const lines: SummaryRequestItem['lines'] = [];
    for (const line of item.lines) {
      const size = line.speaker.length + line.text.length;
      if (size > budget) break;
      budget -= size;
      lines.push(line);
    }
    return { ...item, lines };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return null;
  return value;
}

/** Reads the deployment's answer strictly: the JSON shape asked for, each asked-for item once. */
export function readSummaryAnswer(content: unknown, itemIds: readonly string[]): SummaryItemText[] {
  if (typeof content !== 'string') throw new AzureOpenAiError('invalid_response', 'no message content');
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new AzureOpenAiError('invalid_response', 'message content is not JSON');
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.items)) {
    throw new AzureOpenAiError('invalid_response', 'no items array');
  }
  const wanted = new Set(itemIds);
  const found = new Map<string, SummaryItemText>();
  for (const entry of parsed.items) {
    if (!isRecord(entry) || typeof entry.agendaItemId !== 'string' || typeof entry.said !== 'string') {
      throw new AzureOpenAiError('invalid_response', 'an item lacks agendaItemId or said');
    }
    const decisions = stringList(entry.decisions);
    const actions = stringList(entry.actionItems);
    if (decisions === null || actions === null) {
      throw new AzureOpenAiError('invalid_response', 'decisions and actionItems must be string arrays');
    }
    if (!wanted.has(entry.agendaItemId) || found.has(entry.agendaItemId)) {
      throw new AzureOpenAiError('invalid_response', 'an item id was not asked for or came twice');
    }
    found.set(entry.agendaItemId, {
      agendaItemId: entry.agendaItemId,
      said: clip(entry.said, SUMMARY_TEXT_LIMIT),
      decisions: clip(decisions.join('\n'), SUMMARY_TEXT_LIMIT),
      actions: clip(actions.join('\n'), SUMMARY_TEXT_LIMIT),
    });
  }
  // An item the deployment skipped is left for the pair to write, rather than failing the whole draft.
  return itemIds.map((id) => found.get(id) ?? { agendaItemId: id, said: '', decisions: '', actions: '' });
}

/** The audience of a managed identity's token for Azure OpenAI (Azure AI services). */
export const COGNITIVE_SERVICES_RESOURCE = 'https://cognitiveservices.azure.com';

/** The header that authenticates a request: the deployment's key, or the managed identity's token. */
function authenticator(config: AzureOpenAiConfig, send: typeof fetch): () => Promise<Record<string, string>> {
  const { auth } = config;
  if (auth.kind === 'key') return async () => ({ 'api-key': auth.apiKey });
  const token = identityTokenSource(auth.identity, COGNITIVE_SERVICES_RESOURCE, { fetch: send });
  return async () => ({ authorization: `Bearer ${await token()}` });
}

export function createAzureOpenAiDrafter(
  config: AzureOpenAiConfig,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): SummaryDrafter {
  const send = options.fetch ?? fetch;
  const authenticate = authenticator(config, send);
  const url = `${config.endpoint}/openai/deployments/${encodeURIComponent(config.deployment)}/chat/completions?api-version=${API_VERSION}`;
  return {
    async draft(items, locale) {
      const body = {
        messages: [
          { role: 'system', content: systemPrompt(locale) },
          { role: 'user', content: JSON.stringify({ items: boundedItems(items) }) },
        ],
        response_format: { type: 'json_object' },
        temperature: 0.2,
        max_tokens: 4000,
      };
      let credentials: Record<string, string>;
      try {
        credentials = await authenticate();
      } catch (error) {
        // The reason names the identity endpoint's status, never a token.
        throw new AzureOpenAiError(
          'failed',
          error instanceof ManagedIdentityError ? error.message : 'no credentials',
        );
      }
      let response: Response;
      try {
        response = await send(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...credentials },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
        });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        throw new AzureOpenAiError(timedOut ? 'timeout' : 'failed', timedOut ? 'timed out' : 'unreachable');
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new AzureOpenAiError('failed', `HTTP ${response.status}`);
      }
      let answer: unknown;
      try {
        answer = await response.json();
      } catch {
        throw new AzureOpenAiError('invalid_response', 'the response is not JSON');
      }
      const choice = isRecord(answer) && Array.isArray(answer.choices) ? answer.choices[0] : undefined;
      const message = isRecord(choice) && isRecord(choice.message) ? choice.message : undefined;
      return readSummaryAnswer(
        message?.content,
        items.map((item) => item.agendaItemId),
      );
    },
  };
}
