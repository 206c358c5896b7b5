import type { Db } from '../data/database.js';
import { createJobStore, type JobStore } from '../data/system/jobQueue.js';
import type { Logger } from '../logging.js';
import type { PreparationEvents } from '../services/preparation.js';
import type { SessionLifecycle } from '../services/sessionLifecycle.js';
import type { TabLinks } from '../services/tabLinks.js';
import type { CardSender } from './cardDelivery.js';
import { createCardTriggers } from './cardTriggers.js';
import { JobRegistry } from './jobKind.js';
import { calendarWatchNoticeJob } from './kinds/calendarWatchNotice.js';
import { followUpCardJob } from './kinds/followUpCard.js';
import { followUpCheckJob } from './kinds/followUpCheck.js';
import { managerNoticeCardJob } from './kinds/managerNoticeCard.js';
import { privateMy1on1sCardJob } from './kinds/privateMy1on1sCard.js';
import { ratingCardJob } from './kinds/ratingCard.js';
import { reminderCardJob } from './kinds/reminderCard.js';
import { wrapUpCardJob } from './kinds/wrapUpCard.js';
import { planReminders } from './reminderPlanner.js';
import { createJobRunner, type JobRunner } from './runner.js';

export interface JobSystemOptions {
  db: Db;
  sender: CardSender;
  links: TabLinks;
  log: Logger;
  now: () => Date;
  lifecycle: SessionLifecycle;
  preparation: PreparationEvents;
  runner?: { pollMs?: number; leaseMs?: number; concurrency?: number };
  /** Tests swap the store to simulate a worker dying mid-send. */
  store?: JobStore;
}

export interface JobSystem {
  readonly registry: JobRegistry;
  readonly runner: JobRunner;
}

const REMINDER_PLANNING_EVERY_MS = 60_000;

/**
 * Durable work in Taiwa's own database. Other features add their job kinds to `registry` (one
 * file per kind under jobs/kinds) and periodic passes with `runner.every`.
 */
export function createJobSystem(options: JobSystemOptions): JobSystem {
  const registry = new JobRegistry();
  const runner = createJobRunner({
    db: options.db,
    store: options.store ?? createJobStore(options.db),
    registry,
    log: options.log,
    now: options.now,
    ...options.runner,
  });
  const deps = { sender: options.sender, links: options.links };
  registry
    .register(ratingCardJob(deps))
    .register(wrapUpCardJob(deps))
    .register(reminderCardJob(deps))
    .register(managerNoticeCardJob(deps))
    .register(followUpCardJob(deps))
    .register(privateMy1on1sCardJob(deps))
    .register(calendarWatchNoticeJob(deps))
    .register(followUpCheckJob(() => runner.wake()));

  const triggers = createCardTriggers({ now: options.now, afterCommit: () => runner.wake() });
  options.lifecycle.onEnded(triggers.sessionEnded);
  options.preparation.onMemberPrepared(triggers.memberPrepared);
  runner.every({
    name: 'plan reminders',
    everyMs: REMINDER_PLANNING_EVERY_MS,
    run: async (at) => {
      if ((await planReminders(options.db, at)) > 0) runner.wake();
    },
  });
  return { registry, runner };
}
