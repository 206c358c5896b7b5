import { describe, expect, it } from 'vitest';
import { createMailboxLimiter } from './mailboxLimiter.js';

describe('createMailboxLimiter', () => {
  it('runs at most four requests at once per mailbox, in arrival order, without holding up other mailboxes', async () => {
    const limiter = createMailboxLimiter();
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const releases: Array<() => void> = [];
    const tasks = Array.from({ length: 10 }, (_, index) =>
      limiter.run('Misaki@Contoso.example', async () => {
        active++;
        peak = Math.max(peak, active);
        order.push(index);
        await new Promise<void>((resolve) => releases.push(resolve));
        active--;
        return index;
      }),
    );
    const other = limiter.run('kenta@contoso.example', async () => 'not queued');
    await expect(other).resolves.toBe('not queued');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(active).toBe(4);
    while (releases.length > 0 || order.length < 10) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(4);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('frees the slot when a request fails', async () => {
    const limiter = createMailboxLimiter(1);
    await expect(limiter.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run('a', async () => 'next')).resolves.toBe('next');
  });
});
