import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps page-wide state (one first view per page load): a fresh copy per test.
async function freshFirstView() {
  vi.resetModules();
  return import('./firstView');
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('work deferred until the first view is shown', () => {
  it('waits for the first view, then runs once', async () => {
    const { afterFirstView, firstViewShown } = await freshFirstView();
    const task = vi.fn();
    afterFirstView(task);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(task).not.toHaveBeenCalled();
    firstViewShown();
    firstViewShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the first view was already shown', async () => {
    const { afterFirstView, firstViewShown } = await freshFirstView();
    firstViewShown();
    const task = vi.fn();
    afterFirstView(task);
    await vi.advanceTimersByTimeAsync(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs anyway after a grace period when no view ever reports', async () => {
    const { afterFirstView } = await freshFirstView();
    const task = vi.fn();
    afterFirstView(task);
    await vi.advanceTimersByTimeAsync(7_500);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
