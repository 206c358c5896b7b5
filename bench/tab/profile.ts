/**
 * Where the side panel's warm start spends the main thread: opens the panel once to fill the HTTP
 * cache, then again under the CPU profiler, and prints self time by script and by function from the
 * document's start to `notifySuccess`. Run: `npm run build && npx tsx bench/tab/profile.ts`.
 */
import { newContext } from '../../e2e/browser.js';
import { startSidePanelBench } from './sidePanel.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function top(entries: Map<string, number>, count: number): string {
  return [...entries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => `${(micros / 1000).toFixed(1).padStart(8)} ms  ${name}`)
    .join('\n');
}

async function main(): Promise<void> {
  const { browser, open, close } = await startSidePanelBench('19:meeting_profile@thread.v2');
  const context = await newContext(browser, { locale: 'ja-JP', width: 280, height: 900 });
  for (let warmUp = 0; warmUp < 2; warmUp++) {
    const page = await context.newPage();
    await open(page);
    await page.close();
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await open(page);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    if (!node) return;
    const micros = profile.timeDeltas[index] ?? 0;
    const script = node.callFrame.url.replace(/^.*\//, '') || `(${node.callFrame.functionName || 'native'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + micros);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${script}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  });
  console.log(`self time by script (whole page, host included):\n${top(byScript, 20)}\n`);
  console.log(`self time by function:\n${top(byFunction, 30)}`);
  await close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
