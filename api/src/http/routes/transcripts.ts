import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { TranscriptRecord } from '../../data/repositories/transcripts.js';
import type { PairRole } from '../../domain/pair.js';
import { speakersOf, TRANSCRIPT_STATES, type TranscriptState, visibleCues } from '../../domain/transcript.js';
import { readWebVtt, type TranscriptCue, WebVttError, type WebVttReading } from '../../domain/webvtt.js';
import type { GraphIntegration } from '../../graph/integration.js';
import { attachTranscript, setTranscriptHidden, viewTranscript } from '../../services/sessionTranscript.js';
import { HttpProblem, invalidField, problemTypes } from '../problem.js';
import { DateTime, problemResponses, SessionParams } from '../schemas.js';

/** A one-hour 1on1 transcribed by Teams is ~100 KB of WebVTT; a megabyte leaves room for long ones. */
const UPLOAD_LIMIT_BYTES = 1024 * 1024;

const CueSchema = Type.Object({
  id: Type.Union([Type.String(), Type.Null()]),
  startMs: Type.Integer({ minimum: 0 }),
  endMs: Type.Integer({ minimum: 0 }),
  speaker: Type.Union([Type.String(), Type.Null()]),
  text: Type.String(),
});

export const TranscriptViewSchema = Type.Object({
  state: Type.Union(TRANSCRIPT_STATES.map((state) => Type.Literal(state))),
  source: Type.Union([Type.Literal('graph'), Type.Literal('upload'), Type.Null()]),
  fetchedAt: Type.Union([DateTime, Type.Null()]),
  /** When the job will ask Teams again, while waiting. */
  nextAttemptAt: Type.Union([DateTime, Type.Null()]),
  /** When the tenant's retention period deletes it. */
  deleteAfter: Type.Union([DateTime, Type.Null()]),
  speakers: Type.Array(Type.String()),
  cues: Type.Array(CueSchema),
  /** The member may hide (or show again) a fetched transcript; the manager may not. */
  canHide: Type.Boolean(),
  /** Dev mode: a .vtt file can be uploaded with PUT. */
  canUpload: Type.Boolean(),
});

interface PresentOptions {
  role: PairRole;
  /** The job will look for a transcript that has no row yet (an ended meeting, Graph mode). */
  expectsOne: boolean;
  canUpload: boolean;
  retentionDays: number;
}

function notWebVtt(message: string): HttpProblem {
  return invalidField('body', `is not valid WebVTT: ${message}`, 422);
}

/** The uploaded body as cues: a file whose every cue is unreadable says why; one with some readable cues keeps those. */
function readUpload(body: unknown): TranscriptCue[] {
  if (typeof body !== 'string') {
    throw new HttpProblem({
      type: problemTypes.unsupportedMediaType,
      title: 'Send the transcript as text/vtt',
      status: 415,
      errors: [{ field: 'header.content-type', message: 'must be text/vtt' }],
    });
  }
  let reading: WebVttReading;
  try {
    reading = readWebVtt(body);
  } catch (error) {
    if (error instanceof WebVttError) throw notWebVtt(error.message);
    throw error;
  }
  const { cues, skipped } = reading;
  const firstSkipped = skipped[0];
  if (cues.length === 0 && firstSkipped !== undefined) {
    throw notWebVtt(`line ${firstSkipped.line}: ${firstSkipped.reason}`);
  }
  return cues;
}

function present(record: TranscriptRecord | null, options: PresentOptions) {
  const state: TranscriptState = record?.state ?? (options.expectsOne ? 'waiting' : 'none');
  const cues = visibleCues(state, record?.cues ?? null);
  const kept =
    record?.fetchedAt !== null &&
    record?.fetchedAt !== undefined &&
    (state === 'fetched' || state === 'hidden');
  return {
    state,
    source: record?.source ?? null,
    fetchedAt: record?.fetchedAt?.toISOString() ?? null,
    nextAttemptAt: state === 'waiting' ? (record?.nextAttemptAt?.toISOString() ?? null) : null,
    deleteAfter:
      kept && record?.fetchedAt
        ? new Date(record.fetchedAt.getTime() + options.retentionDays * 24 * 60 * 60_000).toISOString()
        : null,
    speakers: speakersOf(cues),
    cues,
    canHide: options.role === 'member' && (state === 'fetched' || state === 'hidden'),
    canUpload: options.canUpload,
  };
}

/** The transcript of a 1on1: visible to its pair only, hidden at the member's wish. */
export async function transcriptRoutes(
  app: FastifyInstance,
  options: { graph: GraphIntegration; now: () => Date },
) {
  const { graph, now } = options;

  app.get(
    '/sessions/:sessionId/transcript',
    {
      schema: {
        summary: "The 1on1's transcript: its state and, once fetched and not hidden, its cues",
        tags: ['transcripts'],
        params: SessionParams,
        response: { 200: TranscriptViewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const { record, ...look } = await viewTranscript(
        request.data,
        sessionId,
        request.actor.id,
        graph.transcripts.fetches,
      );
      return present(record, { ...look, canUpload: !graph.transcripts.fetches });
    },
  );

  app.patch(
    '/sessions/:sessionId/transcript',
    {
      schema: {
        summary: 'The member hides the transcript from both of them, or shows it again',
        tags: ['transcripts'],
        params: SessionParams,
        body: Type.Object({ hidden: Type.Boolean() }, { additionalProperties: false }),
        response: {
          200: TranscriptViewSchema,
          ...problemResponses,
          403: problemResponses[400],
          422: problemResponses[400],
        },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const { hidden } = request.body as { hidden: boolean };
      const { record, ...look } = await setTranscriptHidden(
        request.data,
        sessionId,
        request.actor.id,
        hidden,
        now,
      );
      return present(record, { ...look, expectsOne: false, canUpload: !graph.transcripts.fetches });
    },
  );

  // Dev mode has no Teams transcription: the pair attaches a .vtt file instead.
  if (graph.transcripts.fetches) return;

  app.addContentTypeParser(
    'text/vtt',
    { parseAs: 'string', bodyLimit: UPLOAD_LIMIT_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.put(
    '/sessions/:sessionId/transcript',
    {
      bodyLimit: UPLOAD_LIMIT_BYTES,
      schema: {
        summary:
          'Dev mode: attach a transcript by uploading a WebVTT file (content-type text/vtt, at most 1 MB)',
        tags: ['transcripts'],
        params: SessionParams,
        consumes: ['text/vtt'],
        response: {
          200: TranscriptViewSchema,
          ...problemResponses,
          413: problemResponses[400],
          415: problemResponses[400],
          422: problemResponses[400],
        },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const { record, ...look } = await attachTranscript(
        request.data,
        sessionId,
        request.actor.id,
        () => readUpload(request.body),
        now,
      );
      return present(record, { ...look, expectsOne: false, canUpload: true });
    },
  );
}
