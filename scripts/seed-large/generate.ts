import type pg from 'pg';

/** The large tenant's fixed id: a GUID, so Entra-shaped tokens can name it (bench/insights). */
export const LARGE_TENANT_ID = 'e1a70000-0000-4000-8000-000000000001';

export interface Sizes {
  users: number;
  managers: number;
  sessions: number;
  departments: number;
}

/**
 * Every row is generated inside PostgreSQL with generate_series (INSERT … SELECT), so nothing
 * crosses the wire but the statements. Ids are short and derived from row numbers: u-N, p-N, s-N.
 *
 * Shape: people 1..managers are managers; every other person reports to one manager, and managers
 * above the first 100 report to one of those. Each manager's team shares a department, except the
 * teams of every 100th manager, which have none (their unit is the manager's team). 1on1s are spread
 * evenly over the pairs, four weeks apart, the newest ones still ahead; 90% of the past ones happened.
 * A member adds one to three agenda items, mostly the day before; three in four held 1on1s are
 * rated, and each manager has a response they are good at and one they struggle with.
 * Pairs check in every three months with answers built from a chosen stage, so the stored stage is
 * the one the documented rule gives (the seed checks a sample against domain/stage.ts).
 */
export const GENERATE_STEPS: ReadonlyArray<{ label: string; sql: string }> = [
  {
    label: 'users',
    sql: `
      insert into users (tenant_id, id, display_name, email, locale, department, is_admin, created_at, updated_at)
      select $1, 'u-' || n, '社員 ' || n, 'user' || n || '@large.taiwa.example', case when n % 5 = 0 then 'en' else 'ja' end,
        case when team % 100 = 0 then null else '部署 ' || lpad((team % $5)::text, 3, '0') end,
        n = 1, now(), now()
      from (
        select n, case when n <= $3 then n else ((n - $3 - 1) % $3) + 1 end as team
        from generate_series(1, $2::int) n
      ) people`,
  },
  {
    label: 'pairs',
    sql: `
      insert into pairs (tenant_id, id, manager_id, member_id, created_at)
      select $1, 'p-' || n, 'u-' || (((n - $3 - 1) % $3) + 1), 'u-' || n, now() - interval '500 days'
      from generate_series($3 + 1, $2::int) n
      union all
      select $1, 'p-' || n, 'u-' || (((n - 1) % 100) + 1), 'u-' || n, now() - interval '500 days'
      from generate_series(101, $3::int) n`,
  },
  {
    label: 'sessions',
    sql: `
      with numbered as (select id, row_number() over (order by id) - 1 as k from pairs where tenant_id = $1),
      planned as (
        select n, p.id as pair_id,
          date_trunc('hour', now()) - ((($4::bigint - 1 - n) / $6::bigint) * 28 - (p.k % 20)) * interval '1 day' + interval '1 hour' as start
        from generate_series(0, $4::bigint - 1) n
        join numbered p on p.k = n % $6::bigint
      )
      insert into sessions (tenant_id, id, pair_id, scheduled_start, scheduled_end, status, started_at, ended_at, created_at, updated_at)
      select $1, 's-' || n, pair_id, start, start + interval '30 minutes',
        case when missed then 'planned' else 'ended' end,
        case when missed then null else start end,
        case when missed then null else start + interval '30 minutes' end,
        start - interval '14 days', start
      from (select *, start > now() or (hashtext('s' || n)::bigint & 2147483647) % 10 = 3 as missed from planned) s`,
  },
  {
    label: 'agenda items',
    sql: `
      insert into agenda_items (tenant_id, id, session_id, author_id, author_role, theme_id, expected_response_id, position, status, created_at, updated_at)
      select $1, s.id || '-' || i, s.id, p.member_id, 'member',
        (array['work','relationships','growth','wellbeing','career','private','direction'])[1 + (h + i) % 7],
        (array['listen','think_together','advice','opinion','report','decision'])[1 + (h * 3 + i) % 6],
        i - 1, case when s.status = 'ended' then 'discussed' else 'open' end,
        s.scheduled_start - case when (h + i) % 5 = 0 then interval '-5 minutes' else interval '1 day' end,
        s.scheduled_start
      from (select id, pair_id, status, scheduled_start, (hashtext(id)::bigint & 2147483647) as h from sessions where tenant_id = $1) s
      join pairs p on p.tenant_id = $1 and p.id = s.pair_id
      cross join lateral generate_series(1, 1 + s.h % 3) i`,
  },
  {
    label: 'ratings',
    sql: `
      insert into ratings (tenant_id, session_id, member_id, manager_id, clarity, impressions, share_impressions, submitted_at, updated_at)
      select $1, s.id, p.member_id, p.manager_id,
        least(5, greatest(0, 3 + ((hashtext(s.id || 'c')::bigint & 2147483647) % 5) - 2 + ((hashtext(p.manager_id)::bigint & 2147483647) % 3) - 1)),
        null, false, s.scheduled_start + interval '1 hour', s.scheduled_start + interval '1 hour'
      from sessions s
      join pairs p on p.tenant_id = s.tenant_id and p.id = s.pair_id
      where s.tenant_id = $1 and s.status = 'ended' and (hashtext(s.id || 'r')::bigint & 2147483647) % 4 <> 0`,
  },
  {
    label: 'fits',
    sql: `
      insert into rating_item_fits (tenant_id, session_id, agenda_item_id, expected_response_id, fit)
      select $1, a.session_id, a.id, a.expected_response_id,
        case
          when a.expected_response_id = (array['listen','think_together','advice','opinion','report','decision'])[1 + m.h % 6]
            then (array['yes','yes','yes','partly','no'])[1 + (hashtext(a.id)::bigint & 2147483647) % 5]
          when a.expected_response_id = (array['listen','think_together','advice','opinion','report','decision'])[1 + (m.h + 3) % 6]
            then (array['no','no','partly','yes'])[1 + (hashtext(a.id)::bigint & 2147483647) % 4]
          else (array['yes','partly','no'])[1 + (hashtext(a.id)::bigint & 2147483647) % 3]
        end
      from ratings r
      join (select distinct manager_id, (hashtext(manager_id)::bigint & 2147483647) as h from pairs where tenant_id = $1) m on m.manager_id = r.manager_id
      join agenda_items a on a.tenant_id = r.tenant_id and a.session_id = r.session_id
      where r.tenant_id = $1`,
  },
  {
    label: 'check-ins',
    sql: `
      with chosen as (
        select p.id as pair_id, p.member_id, c,
          now() - (c * 91 + (hashtext(p.id)::bigint & 2147483647) % 20) * interval '1 day' as answered_at,
          least(9, ((hashtext(p.id || c)::bigint & 2147483647) % 7) + ((hashtext(p.manager_id)::bigint & 2147483647) % 4)) as stage
        from pairs p cross join generate_series(0, 4) c
        where p.tenant_id = $1
      )
      insert into checkins (tenant_id, id, pair_id, member_id, answers, stage, shared_with_manager, answered_at)
      select $1, 'c-' || pair_id || '-' || c, pair_id, member_id,
        (select jsonb_agg(
           case
             when stage = 0 then case when i = 1 then 4 else 3 end
             when stage = 1 then case when i = 1 then 2 when i = 2 then 4 else 3 end
             when i <= 2 then 1 + (i + c) % 2
             when lvl[i] <= stage then 4 + (i + c) % 2
             when lvl[i] = stage + 1 and i = first_of[stage + 2] then 3
             else 1 + (i * 7 + c) % 5
           end order by i)
         from generate_series(1, 16) i),
        stage, c % 3 = 0, answered_at
      from chosen,
        lateral (select array[0,1,2,3,3,4,4,4,5,5,5,5,6,7,8,9] as lvl,
                        array[1,2,3,4,6,9,13,14,15,16] as first_of) levels`,
  },
];

export async function generate(
  client: pg.Client,
  tenantId: string,
  sizes: Sizes,
  log: (line: string) => void,
) {
  for (const step of GENERATE_STEPS) {
    const started = performance.now();
    const pairs = await client.query<{ count: string }>('select count(*) from pairs where tenant_id = $1', [
      tenantId,
    ]);
    const params = [
      tenantId,
      sizes.users,
      sizes.managers,
      sizes.sessions,
      sizes.departments,
      Number(pairs.rows[0]?.count ?? 0),
    ];
    // Each statement uses the parameters it needs; PostgreSQL refuses unused ones, so pass only those.
    const used = [...new Set([...step.sql.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))].sort();
    const text = used
      .reduce((sql, n, index) => sql.replaceAll(`$${n}`, `$${index + 1}#`), step.sql)
      .replaceAll('#', '');
    const result = await client.query(
      text,
      used.map((n) => params[n - 1]),
    );
    log(
      `  ${step.label}: ${(result.rowCount ?? 0).toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}
