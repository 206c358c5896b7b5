import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { CatalogEntryInput, CatalogKind } from '../../domain/catalog.js';
import { replaceCatalog, viewCatalog, viewCatalogForAdmin } from '../../services/catalogAdministration.js';
import type { SessionSnapshots } from '../../services/sessionSnapshots.js';
import { CatalogId, CatalogSchema, LocalizedText, problemResponses } from '../schemas.js';

const EntryInput = Type.Object(
  {
    id: CatalogId,
    label: LocalizedText,
    description: Type.Union([LocalizedText, Type.Null()]),
  },
  { additionalProperties: false },
);
const ReplaceBody = Type.Object(
  {
    themes: Type.Optional(Type.Array(EntryInput, { maxItems: 50 })),
    expectedResponses: Type.Optional(Type.Array(EntryInput, { maxItems: 30 })),
    diceFaces: Type.Optional(Type.Array(EntryInput, { maxItems: 60 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export async function catalogRoutes(app: FastifyInstance, options: { snapshots: SessionSnapshots }) {
  app.get(
    '/catalog',
    {
      schema: {
        summary:
          "The organisation's themes, expected responses and dice faces, in Japanese and English (retired ones flagged)",
        tags: ['catalog'],
        response: { 200: CatalogSchema, ...problemResponses },
      },
    },
    async (request) => viewCatalog(request.data),
  );

  app.get(
    '/admin/catalog',
    {
      schema: {
        summary: 'Admins: the catalog as it is edited, retired entries included',
        tags: ['admin'],
        response: { 200: CatalogSchema, ...problemResponses, 403: problemResponses[400] },
      },
    },
    async (request) => viewCatalogForAdmin(request.data, request.actor),
  );

  app.put(
    '/admin/catalog',
    {
      schema: {
        summary:
          'Admins: replace the active entries of one or more kinds; entries left out are retired, never deleted',
        tags: ['admin'],
        body: ReplaceBody,
        response: {
          200: CatalogSchema,
          ...problemResponses,
          403: problemResponses[400],
          422: problemResponses[400],
        },
      },
    },
    async (request) => {
      const body = request.body as Partial<Record<CatalogKind, CatalogEntryInput[]>>;
      return replaceCatalog(request.data, request.actor, body, options.snapshots);
    },
  );
}
