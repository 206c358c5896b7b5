import type { Db } from '../data/database.js';
import type { MeetingDirectoryPort } from '../domain/transcriptSource.js';
import { syncBookedEvents } from '../graph/calendarSync.js';
import type { GraphIntegration } from '../graph/integration.js';
import type { Logger } from '../logging.js';
import type { JobRunner } from './runner.js';
import { purgeTranscripts, runTranscriptFetches } from './transcripts.js';

const FETCH_EVERY_MS = 60_000;
const CALENDAR_SYNC_EVERY_MS = 5 * 60_000;
// Hourly rather than daily: the purge is one indexed update, and a process restarted more often
// than once a day must still get to run it.
const PURGE_EVERY_MS = 60 * 60_000;

/** The periodic passes of the Graph features: fetching transcripts, following booked events, retention. */
export function registerTranscriptAndCalendarPasses(
  runner: Pick<JobRunner, 'every'>,
  deps: {
    db: Db;
    graph: GraphIntegration;
    now: () => Date;
    log: Logger;
    meetings?: MeetingDirectoryPort;
    /** Wakes the job runner when a pass queued messages. */
    wakeJobs?: () => void;
  },
): void {
  const { db, graph, now, log, meetings, wakeJobs } = deps;
  if (graph.transcripts.fetches) {
    runner.every({
      name: 'fetch transcripts',
      everyMs: FETCH_EVERY_MS,
      run: async () => {
        await runTranscriptFetches({
          db,
          source: graph.transcripts,
          now,
          log,
          ...(meetings === undefined ? {} : { meetings }),
        });
      },
    });
  }
  const watch = graph.eventWatch;
  if (watch !== null) {
    runner.every({
      name: 'sync booked events',
      everyMs: CALENDAR_SYNC_EVERY_MS,
      run: async () => {
        const report = await syncBookedEvents({
          db,
          watch,
          now,
          log,
          ...(wakeJobs === undefined ? {} : { wakeJobs }),
        });
        if (report.moved + report.cancelled + report.failed + report.refused > 0)
          log.info({ ...report }, 'booked events synced');
      },
    });
  }
  runner.every({
    name: 'purge transcripts',
    everyMs: PURGE_EVERY_MS,
    run: async () => {
      await purgeTranscripts({ db, now, log });
    },
  });
}
