/**
 * Graph throttles per mailbox and allows only four concurrent requests to one; this keeps every
 * caller in this process under that, queueing the rest in arrival order.
 */
export interface MailboxLimiter {
  run<T>(mailbox: string, work: () => Promise<T>): Promise<T>;
}

export const GRAPH_MAILBOX_CONCURRENCY = 4;

export function createMailboxLimiter(limit = GRAPH_MAILBOX_CONCURRENCY): MailboxLimiter {
  const lanes = new Map<string, { active: number; waiting: Array<() => void> }>();
  return {
    async run(mailbox, work) {
      const key = mailbox.toLowerCase();
      let lane = lanes.get(key);
      if (lane === undefined) {
        lane = { active: 0, waiting: [] };
        lanes.set(key, lane);
      }
      const current = lane;
      if (current.active >= limit) await new Promise<void>((resolve) => current.waiting.push(resolve));
      else current.active++;
      try {
        return await work();
      } finally {
        const next = current.waiting.shift();
        // The slot passes straight to the next waiter, so `active` never dips and lets a newcomer in.
        if (next !== undefined) next();
        else {
          current.active--;
          if (current.active === 0) lanes.delete(key);
        }
      }
    },
  };
}
