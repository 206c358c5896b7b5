/**
 * The load side of `bench:api`, in a process of its own so the server's memory is measured alone:
 * reads one plan from the JSON file named on its command line, runs autocannon, prints its figures as one JSON line.
 */
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';

export interface LoadPlan {
  url: string;
  connections: number;
  durationSeconds: number;
  /** `bare`: GET the url; `read`: GET each session in turn; `write`: POST a memo to each in turn. */
  kind: 'bare' | 'read' | 'write';
  sessions: Array<{ id: string; token: string }>;
}

export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function requestsFor(plan: LoadPlan): autocannon.Request[] | undefined {
  if (plan.kind === 'bare') return undefined;
  let next = 0;
  const rotate = () => plan.sessions[next++ % plan.sessions.length] as { id: string; token: string };
  return [
    {
      setupRequest: (request) => {
        const session = rotate();
        return plan.kind === 'read'
          ? {
              ...request,
              method: 'GET',
              path: `/api/v1/sessions/${session.id}`,
              headers: { authorization: `Bearer ${session.token}` },
            }
          : {
              ...request,
              method: 'POST',
              path: `/api/v1/sessions/${session.id}/memos`,
              headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
              body: JSON.stringify({ kind: 'shared', body: '次回までに資料を共有する' }),
            };
      },
    },
  ];
}

async function main(): Promise<void> {
  const plan = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8')) as LoadPlan;
  const requests = requestsFor(plan);
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.durationSeconds,
    ...(requests === undefined ? {} : { requests }),
  });
  const figures: LoadFigures = {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
