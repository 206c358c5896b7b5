import type { Frame } from 'playwright-core';

interface TimedEntry {
  name: string;
  start: number;
  end: number;
}

/**
 * What the tab's frame did before it told the host it was ready: its navigation and every request,
 * from the frame's own Performance timeline (milliseconds since the frame's navigation started).
 */
export async function frameWaterfall(frame: Frame): Promise<string> {
  const entries = await frame.evaluate((): TimedEntry[] => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      | PerformanceNavigationTiming
      | undefined;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const marks = performance.getEntriesByType('mark');
    return [
      ...(navigation ? [{ name: 'document', start: 0, end: navigation.responseEnd }] : []),
      ...(navigation
        ? [
            {
              name: 'DOMContentLoaded',
              start: navigation.domContentLoadedEventEnd,
              end: navigation.domContentLoadedEventEnd,
            },
          ]
        : []),
      ...resources.map((entry) => ({
        name:
          new URL(entry.name).pathname.replace(/^\/assets\//, '') +
          (entry.transferSize === 0 ? ' (cache)' : ''),
        start: entry.startTime,
        end: entry.responseEnd,
      })),
      ...marks.map((mark) => ({ name: `mark ${mark.name}`, start: mark.startTime, end: mark.startTime })),
    ];
  });
  return entries
    .sort((a, b) => a.start - b.start)
    .map(
      (entry) =>
        `${entry.start.toFixed(0).padStart(6)} → ${entry.end.toFixed(0).padStart(6)} ms  ${entry.name}`,
    )
    .join('\n');
}
