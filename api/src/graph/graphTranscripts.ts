import { type Client, ResponseType } from '@microsoft/microsoft-graph-client';
import type { MeetingReference, TranscriptLookup, TranscriptSourcePort } from '../domain/transcriptSource.js';
import { type GraphClientFactory, graphRetryAfterSeconds, graphStatus } from './graphClient.js';
import type { CallTranscript, GraphCollection, OnlineMeeting } from './graphShapes.js';
import { GraphConsentRequiredError, type GraphTokenSource } from './graphTokens.js';

/** OData string literal: a single quote is written twice. */
function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Teams transcripts through Graph with an app-only token: the OnlineMeetingTranscript.Read.All
 * application permission (with an application access policy) or the meeting's RSC grant
 * (OnlineMeetingTranscript.Read.Chat).
 */
export function createGraphTranscripts(options: {
  tokens: GraphTokenSource;
  graph: GraphClientFactory;
}): TranscriptSourcePort {
  return {
    fetches: true,
    async lookup(meeting: MeetingReference): Promise<TranscriptLookup> {
      const user = `/users/${encodeURIComponent(meeting.organizerId)}`;
      const run = <T>(work: (client: Client) => Promise<T>): Promise<T> =>
        options.graph.forMailbox(meeting.organizerId, () => options.tokens.appOnly(meeting.tenantId), work);
      let onlineMeetingId = meeting.onlineMeetingId;
      try {
        if (onlineMeetingId === null) {
          if (meeting.joinUrl === null) return { kind: 'gone' };
          const joinUrl = meeting.joinUrl;
          const found = await run<GraphCollection<OnlineMeeting>>((client) =>
            client
              .api(`${user}/onlineMeetings`)
              // The SDK puts $filter into the URL as given: the join URL's own %-escapes must survive.
              .filter(encodeURIComponent(`JoinWebUrl eq ${odataString(joinUrl)}`))
              .get(),
          );
          const first = found.value[0];
          if (first === undefined) return { kind: 'gone' };
          onlineMeetingId = first.id;
        }
        const meetingPath = `${user}/onlineMeetings/${encodeURIComponent(onlineMeetingId)}`;
        const list = await run<GraphCollection<CallTranscript>>((client) =>
          client.api(`${meetingPath}/transcripts`).get(),
        );
        if (list.value.length === 0) return { kind: 'not_yet', onlineMeetingId, retryAfterMs: 0 };
        const ordered = [...list.value].sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime));
        const webVtt: string[] = [];
        for (const transcript of ordered) {
          const text = await run<string>((client) =>
            client
              .api(`${meetingPath}/transcripts/${encodeURIComponent(transcript.id)}/content`)
              .query({ $format: 'text/vtt' })
              .header('Accept', 'text/vtt')
              .responseType(ResponseType.TEXT)
              .get(),
          );
          webVtt.push(text);
        }
        return { kind: 'found', onlineMeetingId, webVtt };
      } catch (error) {
        if (error instanceof GraphConsentRequiredError)
          return { kind: 'not_permitted', reason: error.message };
        const status = graphStatus(error);
        if (status === 403) {
          return {
            kind: 'not_permitted',
            reason:
              'Microsoft 365 refused access to the transcript: an administrator must consent to Taiwa reading meeting transcripts',
          };
        }
        if (status === 404)
          return onlineMeetingId === null
            ? { kind: 'gone' }
            : { kind: 'not_yet', onlineMeetingId, retryAfterMs: 0 };
        const retryAfter = graphRetryAfterSeconds(error);
        if (status === 429 || status === 503 || status === 504) {
          return { kind: 'not_yet', onlineMeetingId, retryAfterMs: (retryAfter ?? 60) * 1000 };
        }
        throw error;
      }
    },
  };
}
