import { DEMO_PEOPLE } from './demoTenant.js';

/**
 * What `npm start` prints once Taiwa answers in dev mode: where to go and what to try first, for
 * someone who has just cloned the project and has no tenant.
 */
export function readyBanner(publicUrl: string, startedInSeconds: number): string {
  const { misaki, kenta, sho } = DEMO_PEOPLE;
  return [
    '',
    `  Taiwa is ready at ${publicUrl}  (started in ${startedInSeconds.toFixed(1)} s)`,
    '',
    `  1. Open ${publicUrl} and sign in as ${kenta.displayName} (member): prepare the upcoming 1on1.`,
    `  2. In a private window, sign in as ${misaki.displayName} (his manager): see what he prepared.`,
    `  3. Both open ${publicUrl}/meeting, the Teams side panel: roll the dice, write memos, end the 1on1.`,
    `  4. ${sho.displayName} is the admin: catalog and analytics.`,
    '',
    '  Stop with Ctrl+C. The next `npm start` rebuilds only what changed.',
    '',
  ].join('\n');
}
