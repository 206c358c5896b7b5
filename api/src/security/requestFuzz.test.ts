import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS } from '../dev/demoTenant.js';
import { demoHeaders } from '../testing/demoTokens.js';
import { documentedOperations, fillPath, type Operation } from './openApiOperations.js';
import { arbitraryFor } from './schemaArbitrary.js';

// Every request schema the API documents is fed arbitrary JSON: the answer is never a 5xx, and a
// refused request leaves every table exactly as it was.
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 25);
const SESSION = 'de000000-0000-4000-8000-000000000303';

let app: FastifyInstance;
let operations: Operation[];
let headers: Record<string, string>;
const ids: Record<string, string> = { sessionId: SESSION, pairId: DEMO_PAIRS[0]?.id ?? '' };

const TABLES = [
  'pairs',
  'sessions',
  'agenda_items',
  'memos',
  'agenda_item_notes',
  'dice_rolls',
  'ratings',
  'rating_item_fits',
  'checkins',
  'catalog_entries',
  'users',
  'session_summaries',
  'summary_consents',
];

async function rowCounts(): Promise<string> {
  const response = await app.inject({ url: '/readyz' });
  expect(response.statusCode).toBe(200);
  return JSON.stringify(await countRows());
}

let countRows: () => Promise<Record<string, number>>;

beforeAll(async () => {
  const { openTestDatabase } = await import('../testing/testDatabase.js');
  const { seedDemoTenant } = await import('../dev/seedDemoTenant.js');
  const { loadConfig } = await import('../config.js');
  const { buildServer } = await import('../server.js');
  const database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date());
  app = await buildServer({
    config: loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }),
    database,
    writeRateLimit: { burst: 1_000_000, perSecond: 1_000_000 },
    readRateLimit: { burst: 1_000_000, perSecond: 1_000_000 },
  });
  countRows = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const result = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table)}`.execute(
        database.db,
      );
      counts[table] = Number(result.rows[0]?.n ?? 0);
    }
    return counts;
  };
  operations = await documentedOperations(app);
  headers = await demoHeaders(app, 'kenta');
  const item = await app.inject({
    method: 'POST',
    url: `/api/v1/sessions/${SESSION}/agenda`,
    headers,
    payload: { themeId: 'career', expectedResponseId: 'listen' },
  });
  ids.itemId = item.json().id;
  const memo = await app.inject({
    method: 'POST',
    url: `/api/v1/sessions/${SESSION}/memos`,
    headers,
    payload: { kind: 'shared', body: 'fuzz' },
  });
  ids.memoId = memo.json().id;
});
afterAll(async () => {
  await app?.close();
});

describe('request fuzzing', () => {
  it('covers every documented operation that takes a JSON body', () => {
    expect(operations.filter((operation) => operation.hasJsonBody).length).toBeGreaterThan(8);
  });

  it('never answers 5xx, and a refused request writes nothing', async () => {
    const failures: string[] = [];
    for (const operation of operations.filter((candidate) => candidate.hasJsonBody && candidate.secured)) {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.jsonValue({ maxDepth: 3 }), arbitraryFor(operation.bodySchema ?? {})),
          async (body) => {
            const before = await rowCounts();
            const response = await app.inject({
              method: operation.method,
              url: fillPath(operation.path, ids),
              headers: { ...headers, 'if-match': '"1"', 'content-type': 'application/json' },
              payload: JSON.stringify(body),
            });
            if (response.statusCode >= 500)
              failures.push(
                `${operation.method} ${operation.path} → ${response.statusCode} for ${JSON.stringify(body)}`,
              );
            if (response.statusCode >= 400) {
              expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
              expect(
                await rowCounts(),
                `${operation.method} ${operation.path} wrote on ${response.statusCode}`,
              ).toBe(before);
            }
          },
        ),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
    expect(failures).toEqual([]);
    // Every JSON operation × RUNS_PER_OPERATION requests, each counting the tables twice: minutes on a busy machine.
  }, 180_000);
});
