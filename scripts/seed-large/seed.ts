import pg from 'pg';
import { openDatabase } from '../../api/src/data/database.js';
import { migrateToLatest } from '../../api/src/data/migrator.js';
import { forTenant } from '../../api/src/data/tenantData.js';
import { WINDOW_MONTHS } from '../../api/src/domain/analytics.js';
import { monthsEndingAt } from '../../api/src/domain/feedback.js';
import { scoreStage } from '../../api/src/domain/stage.js';
import { generate, LARGE_TENANT_ID } from './generate.js';
import { parseSeedOptions, sizesFor } from './options.js';

/** Tables holding the large tenant's rows, children first, for --reset. */
const TENANT_TABLES = [
  'insight_unit_periods',
  'insight_units',
  'insight_rollup_state',
  'rating_item_fits',
  'ratings',
  'checkins',
  'agenda_items',
  'memos',
  'dice_rolls',
  'session_events',
  'transcripts',
  'sessions',
  'pairs',
  'catalog_entries',
  'tenant_settings',
  'users',
  'tenants',
];

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    process.stderr.write(
      'seed:large needs a PostgreSQL server: set DATABASE_URL=postgres://user@host:5432/db.\n' +
        'The embedded PGlite database (the default without DATABASE_URL) runs in one process and is not meant for 1.5 million 1on1s.\n',
    );
    process.exitCode = 2;
    return;
  }
  const options = parseSeedOptions(process.argv.slice(2));
  const sizes = sizesFor(options.scale);
  const started = performance.now();

  const handle = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query('select 1 from tenants where id = $1', [LARGE_TENANT_ID]);
    if (existing.rowCount !== 0 && !options.reset) {
      log(`The large tenant ${LARGE_TENANT_ID} is already seeded; pass --reset to build it again.`);
      return;
    }
    log(
      `Seeding ${sizes.users.toLocaleString('en')} people (${sizes.managers.toLocaleString('en')} managers) and ` +
        `${sizes.sessions.toLocaleString('en')} 1on1s into tenant ${LARGE_TENANT_ID}`,
    );
    await client.query('set synchronous_commit = off');
    await client.query('begin');
    // Foreign keys are checked per row by triggers; the generator only writes rows that fit, so a
    // superuser may skip them. Anyone else pays for the checks and still gets the same data.
    const replica = await client
      .query("set local session_replication_role = 'replica'")
      .then(() => true)
      .catch(async () => {
        await client.query('rollback');
        await client.query('begin');
        return false;
      });
    if (!replica) log('  (not a superuser: foreign keys are checked row by row, which is slower)');
    if (existing.rowCount !== 0) {
      for (const table of TENANT_TABLES) {
        const column = table === 'tenants' ? 'id' : 'tenant_id';
        await client.query(`delete from ${table} where ${column} = $1`, [LARGE_TENANT_ID]);
      }
      log('  removed the previous large tenant');
    }
    await client.query('insert into tenants (id, display_name) values ($1, $2)', [
      LARGE_TENANT_ID,
      '大規模テナント株式会社',
    ]);
    await generate(client, LARGE_TENANT_ID, sizes, log);
    await client.query('commit');
    await client.query('analyze');
    log(`  analyzed; data in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const sample = await client.query<{ answers: number[]; stage: number }>(
      'select answers, stage from checkins where tenant_id = $1 order by random() limit 2000',
      [LARGE_TENANT_ID],
    );
    const wrong = sample.rows.filter((row) => scoreStage(row.answers).stage.index !== row.stage).length;
    if (wrong > 0) throw new Error(`${wrong} sampled check-ins disagree with the stage rule`);
    log(`  ${sample.rowCount} sampled check-ins agree with the stage rule`);

    const refreshStarted = performance.now();
    const now = new Date();
    const months = monthsEndingAt(now, WINDOW_MONTHS);
    await forTenant(handle.db, LARGE_TENANT_ID).analytics.refresh(new Date(`${months[0]}-01T00:00:00Z`), now);
    log(`  analytics rollup built in ${((performance.now() - refreshStarted) / 1000).toFixed(1)} s`);
    log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
    await handle.close();
  }
}

await main();
