import { loadConfig } from '../../api/src/config.js';
import { openDatabase } from '../../api/src/data/database.js';
import { forTenant } from '../../api/src/data/tenantData.js';
import { WINDOW_MONTHS } from '../../api/src/domain/analytics.js';
import { monthsEndingAt } from '../../api/src/domain/feedback.js';
import { ANALYTICS_REFRESH_EVERY_MS } from '../../api/src/jobs/analyticsRefreshPass.js';
import { buildServer } from '../../api/src/server.js';
import { startFakeEntra } from '../../api/src/testing/fakeEntra.js';
import { LARGE_TENANT_ID } from '../../scripts/seed-large/generate.js';
import { summarise } from './stats.js';

/**
 * Measures, through the real HTTP handlers (Fastify inject, Entra-shaped tokens against a loopback
 * JWKS), a manager's feedback and the whole tenant's admin analytics on the tenant `npm run
 * seed:large` builds, and prints p50/p95. Targets: feedback p95 ≤ 50 ms, analytics p95 ≤ 1 s.
 */
const MANAGER_RUNS = Number(process.env.BENCH_MANAGER_RUNS ?? 300);
const PAIR_RUNS = Number(process.env.BENCH_PAIR_RUNS ?? 200);
const ANALYTICS_RUNS = Number(process.env.BENCH_ANALYTICS_RUNS ?? 30);
const WARMUP = 10;
/** Ratings changed (by distinct members) before the incremental refresh is timed. */
const CHANGED_RATINGS = Number(process.env.BENCH_CHANGED_RATINGS ?? 100);

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    process.stderr.write(
      'bench:insights needs DATABASE_URL pointing at the database `npm run seed:large` filled.\n',
    );
    process.exitCode = 2;
    return;
  }
  const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  const counts = await database.db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<string>().as('sessions'))
    .where('tenant_id', '=', LARGE_TENANT_ID)
    .executeTakeFirstOrThrow();
  if (Number(counts.sessions) === 0) {
    process.stderr.write(`No large tenant in this database: run \`npm run seed:large\` first.\n`);
    await database.close();
    process.exitCode = 2;
    return;
  }
  const managers = await database.db
    .selectFrom('pairs')
    .select(['manager_id', (eb) => eb.fn.min('id').as('pair_id')])
    .where('tenant_id', '=', LARGE_TENANT_ID)
    .groupBy('manager_id')
    .execute();
  const people = await database.db
    .selectFrom('users')
    .select(['id', 'display_name', 'is_admin'])
    .where('tenant_id', '=', LARGE_TENANT_ID)
    .where('id', 'in', managers.map((m) => m.manager_id).slice(0, 2000))
    .execute();
  const admin = await database.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', LARGE_TENANT_ID)
    .where('is_admin', '=', true)
    .executeTakeFirstOrThrow();

  const entra = await startFakeEntra();
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    ...entra.env(LARGE_TENANT_ID),
  });
  // The job runner and its passes stay off: the bench drives every refresh itself and times it.
  const app = await buildServer({ config, database, jobs: { autoStart: false } });
  const headersFor = async (id: string, name: string, isAdmin: boolean) => ({
    authorization: `Bearer ${await entra.mint({ tenantId: LARGE_TENANT_ID, userId: id, name, roles: isAdmin ? ['Taiwa.Admin'] : [] })}`,
  });

  // A fixed, spread-out sample of managers, each signed in once beforehand (tokens are cached per user).
  const sample = people.filter((_, index) => index % Math.max(1, Math.floor(people.length / 200)) === 0);
  const managerHeaders = await Promise.all(sample.map((p) => headersFor(p.id, p.display_name, p.is_admin)));
  const pairOf = new Map(managers.map((m) => [m.manager_id, m.pair_id]));
  for (const headers of managerHeaders) await app.inject({ url: '/api/v1/me', headers });
  const adminHeaders = await headersFor(admin.id, admin.display_name, true);

  async function time(url: string, headers: Record<string, string>): Promise<number> {
    const started = performance.now();
    const response = await app.inject({ url, headers });
    const elapsed = performance.now() - started;
    if (response.statusCode !== 200)
      throw new Error(`${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
    return elapsed;
  }

  const results = [];
  for (let i = 0; i < WARMUP; i++)
    await time('/api/v1/insights/me', managerHeaders[i % managerHeaders.length] ?? adminHeaders);
  const feedback: number[] = [];
  for (let i = 0; i < MANAGER_RUNS; i++) {
    feedback.push(
      await time('/api/v1/insights/me', managerHeaders[i % managerHeaders.length] ?? adminHeaders),
    );
  }
  results.push(summarise('GET /insights/me (manager feedback)', feedback));

  const pair: number[] = [];
  for (let i = 0; i < PAIR_RUNS; i++) {
    const who = sample[i % sample.length];
    const headers = managerHeaders[i % managerHeaders.length];
    if (who === undefined || headers === undefined) break;
    pair.push(await time(`/api/v1/pairs/${pairOf.get(who.id)}/insights`, headers));
  }
  results.push(summarise('GET /pairs/:id/insights (prep hints)', pair));

  const refreshStarted = performance.now();
  await database.db.deleteFrom('insight_rollup_state').where('tenant_id', '=', LARGE_TENANT_ID).execute();
  await time('/api/v1/admin/analytics', adminHeaders);
  const refreshMs = performance.now() - refreshStarted;

  const analytics: number[] = [];
  for (let i = 0; i < ANALYTICS_RUNS; i++)
    analytics.push(await time('/api/v1/admin/analytics', adminHeaders));
  results.push(summarise('GET /admin/analytics (whole tenant)', analytics));
  const csv: number[] = [];
  for (let i = 0; i < Math.ceil(ANALYTICS_RUNS / 3); i++) {
    csv.push(await time('/api/v1/admin/analytics?format=csv', adminHeaders));
  }
  results.push(summarise('GET /admin/analytics?format=csv', csv));

  // The same rollup brought up to date incrementally: nothing changed, then CHANGED_RATINGS ratings
  // of distinct members changed (as members re-rating would), against a whole rebuild.
  const data = forTenant(database.db, LARGE_TENANT_ID);
  const windowStart = () => new Date(`${monthsEndingAt(new Date(), WINDOW_MONTHS)[0]}-01T00:00:00.000Z`);
  const fullStarted = performance.now();
  await data.analytics.refresh(windowStart(), new Date());
  const fullMs = performance.now() - fullStarted;
  const idle = await data.analytics.refreshIncremental(windowStart(), new Date());
  const changed = await database.db
    .selectFrom('ratings')
    .select(['session_id', 'clarity'])
    .distinctOn('member_id')
    .where('tenant_id', '=', LARGE_TENANT_ID)
    .orderBy('member_id')
    .limit(CHANGED_RATINGS)
    .execute();
  const setClarities = async (clarity: (old: number) => number) => {
    for (const rating of changed) {
      await database.db
        .updateTable('ratings')
        .set({ clarity: clarity(rating.clarity) })
        .where('tenant_id', '=', LARGE_TENANT_ID)
        .where('session_id', '=', rating.session_id)
        .execute();
    }
  };
  await setClarities((old) => 5 - old);
  const incStarted = performance.now();
  const incremental = await data.analytics.refreshIncremental(windowStart(), new Date());
  const incMs = performance.now() - incStarted;
  // Put the ratings back (and the rollup with them) so the bench can run again on the same data.
  await setClarities((old) => old);
  await data.analytics.refreshIncremental(windowStart(), new Date());

  const size = await database.db
    .selectFrom('insight_unit_periods')
    .select((eb) => eb.fn.countAll<string>().as('rows'))
    .where('tenant_id', '=', LARGE_TENANT_ID)
    .executeTakeFirstOrThrow();
  process.stdout.write(
    `Large tenant: ${Number(counts.sessions).toLocaleString('en')} 1on1s, ${managers.length.toLocaleString('en')} managers; ` +
      `${sample.length} managers sampled; rollup ${Number(size.rows).toLocaleString('en')} rows\n\n`,
  );
  process.stdout.write('| measurement | runs | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n');
  for (const r of results) {
    process.stdout.write(
      `| ${r.label} | ${r.runs} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |\n`,
    );
  }
  process.stdout.write(`| rollup rebuild (first analytics request) | 1 | ${refreshMs.toFixed(0)} | | |\n`);
  process.stdout.write(`| rollup full rebuild (direct) | 1 | ${fullMs.toFixed(0)} | | |\n`);
  process.stdout.write(
    `| rollup incremental, nothing changed (${idle?.units ?? 0} units) | 1 | ${(idle?.ms ?? 0).toFixed(0)} | | |\n`,
  );
  process.stdout.write(
    `| rollup incremental, ${changed.length} ratings changed (${incremental?.markedMembers ?? 0} members, ${incremental?.units ?? 0} units) | 1 | ${incMs.toFixed(0)} | | |\n`,
  );
  const worstSeconds = (ANALYTICS_REFRESH_EVERY_MS + incMs) / 1000;
  process.stdout.write(
    `\nFreshness: the analytics pass looks for changed tenants every ${ANALYTICS_REFRESH_EVERY_MS / 1000} s, so a change ` +
      `shows at the latest ${worstSeconds.toFixed(1)} s after it is made (the pass interval plus the incremental ` +
      `refresh above) — ${worstSeconds <= 60 ? 'within' : 'NOT within'} a minute.\n`,
  );
  await app.close();
  await entra.close();
}

await main();
