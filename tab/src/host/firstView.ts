/**
 * Work that helps later (the other language's messages, say) but must not compete with the first
 * view for the network and the main thread, which inside a Teams meeting is what the person waits
 * for. It runs once a view has told the host it is ready, or after a grace period should no view
 * ever do so.
 */
const GRACE_MS = 8_000;

let shown = false;
let graceTimer: ReturnType<typeof setTimeout> | undefined;
const waiting: Array<() => void> = [];

/** A view is usable: run what waited for it. */
export function firstViewShown(): void {
  if (shown) return;
  shown = true;
  clearTimeout(graceTimer);
  for (const task of waiting.splice(0)) setTimeout(task, 0);
}

/** Runs `task` after the first view is shown (at once if it already was). */
export function afterFirstView(task: () => void): void {
  if (shown) {
    setTimeout(task, 0);
    return;
  }
  waiting.push(task);
  graceTimer ??= setTimeout(firstViewShown, GRACE_MS);
}
