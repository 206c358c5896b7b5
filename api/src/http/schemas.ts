import { type Static, Type } from 'typebox';

/** The shapes the API speaks. Validation and the OpenAPI document are both generated from these. */

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' });
/** Catalog ids: lowercase words joined by underscores (`think_together`). */
export const CatalogId = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_]+$' });
export const DateTime = Type.String({ format: 'date-time' });

export const LocalizedText = Type.Object(
  { ja: Type.String(), en: Type.String() },
  { additionalProperties: false },
);

export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  current: Type.Optional(Type.Unknown()),
});

export const PersonSchema = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
});

export const SessionStatusSchema = Type.Union([
  Type.Literal('planned'),
  Type.Literal('live'),
  Type.Literal('ended'),
]);
export const PairRoleSchema = Type.Union([Type.Literal('manager'), Type.Literal('member')]);

export const SessionSummarySchema = Type.Object({
  id: Type.String(),
  pairId: Type.String(),
  status: SessionStatusSchema,
  scheduledStart: DateTime,
  scheduledEnd: DateTime,
});
export type SessionSummaryDto = Static<typeof SessionSummarySchema>;

export const PairStatusSchema = Type.Union([
  Type.Literal('pending'),
  Type.Literal('established'),
  Type.Literal('ended'),
]);

export const PairViewSchema = Type.Object({
  id: Type.String(),
  myRole: PairRoleSchema,
  /** `pending`: waiting for the member to confirm the manager; `ended`: history only. */
  status: PairStatusSchema,
  manager: PersonSchema,
  member: PersonSchema,
  nextSession: Type.Union([SessionSummarySchema, Type.Null()]),
  lastSession: Type.Union([SessionSummarySchema, Type.Null()]),
  /** For the member: the last 1on1 has ended and is not rated yet ("rate now"). Always false for the manager. */
  rateLastSession: Type.Boolean(),
});
export type PairViewDto = Static<typeof PairViewSchema>;

export const SessionViewSchema = Type.Object({
  id: Type.String(),
  pairId: Type.String(),
  status: SessionStatusSchema,
  scheduledStart: DateTime,
  scheduledEnd: DateTime,
  manager: PersonSchema,
  member: PersonSchema,
  myRole: PairRoleSchema,
  joinUrl: Type.Union([Type.String(), Type.Null()]),
  nextSessionId: Type.Union([Type.String(), Type.Null()]),
});

export const CatalogEntrySchema = Type.Object({
  id: Type.String(),
  label: LocalizedText,
  description: Type.Union([LocalizedText, Type.Null()]),
  retired: Type.Boolean(),
});

export const CatalogSchema = Type.Object({
  themes: Type.Array(CatalogEntrySchema),
  expectedResponses: Type.Array(CatalogEntrySchema),
  diceFaces: Type.Array(CatalogEntrySchema),
});

/** Error responses every authenticated route may give; listed so the OpenAPI document is honest. */
export const problemResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  404: ProblemSchema,
} as const;

/**
 * The errors of a versioned write (If-Match) by one of the pair: not theirs to change (403), changed
 * in the meantime (409), against a rule (422), or sent without the version it changes (428).
 */
export const versionedWriteResponses = {
  ...problemResponses,
  403: ProblemSchema,
  409: ProblemSchema,
  422: ProblemSchema,
  428: ProblemSchema,
} as const;

/** The path of everything under one 1on1: `/sessions/:sessionId/...`. */
export const SessionParams = Type.Object({ sessionId: Id }, { additionalProperties: false });

/** The path of one agenda item and what hangs under it: `/sessions/:sessionId/agenda/:itemId/...`. */
export const AgendaItemParams = Type.Object({ sessionId: Id, itemId: Id }, { additionalProperties: false });
