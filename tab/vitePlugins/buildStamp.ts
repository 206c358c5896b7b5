import type { Plugin } from 'vite';
import { hashInputs, TARGETS, writeStamp } from '../../scripts/start/buildInputs.mjs';

/**
 * Records in `dist/.build-inputs.json` which sources this build was made from, so `npm start`
 * (scripts/start/start.mjs) can tell an up-to-date build from a stale one. The inputs are hashed when
 * the build starts: an edit made while it runs makes the next start build again.
 */
export function buildStamp(): Plugin {
  let inputs: string | null = null;
  return {
    name: 'taiwa:build-stamp',
    apply: 'build',
    async buildStart() {
      inputs = await hashInputs(TARGETS.tab);
    },
    // After every other plugin's writeBundle (precompress included): the stamp says the build is complete.
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        if (error === undefined && inputs !== null) await writeStamp(TARGETS.tab, inputs);
      },
    },
  };
}
