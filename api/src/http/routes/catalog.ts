import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { type CatalogEntryInput, type CatalogKind, replaceCatalogEntries } from '../../domain/catalog.js';
import { forbidden } from '../../domain/errors.js';
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
const KINDS: readonly CatalogKind[] = ['themes', 'expectedResponses', 'diceFaces'];

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
    async (request) => request.data.catalog.load(),
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
    async (request) => {
      if (!request.actor.isAdmin) throw forbidden('only admins manage the catalog');
      return request.data.catalog.load();
    },
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
      if (!request.actor.isAdmin) throw forbidden('only admins manage the catalog');
      const body = request.body as Partial<Record<CatalogKind, CatalogEntryInput[]>>;
      return request.data
        .transaction(async (trx) => {
          const current = await trx.catalog.load();
          for (const kind of KINDS) {
            const submitted = body[kind];
            if (submitted === undefined) continue;
            await trx.catalog.replace(kind, replaceCatalogEntries(kind, current[kind], submitted));
          }
          return trx.catalog.load();
        })
        .then((catalog) => {
          options.snapshots.catalogChanged(request.actor.tenantId);
          return catalog;
        });
    },
  );
}
