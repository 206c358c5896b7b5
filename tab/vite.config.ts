import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { buildStamp } from './vitePlugins/buildStamp.ts';
import { fluentTheme } from './vitePlugins/fluentTheme.ts';
import { precompress } from './vitePlugins/precompress.ts';
import { teamsJsLogger } from './vitePlugins/teamsJsLogger.ts';

// `npx vite` proxies the API to a locally running Taiwa (`npm start`), so the tab can be
// developed with hot reload against the real server.
const apiTarget = process.env.TAIWA_API_URL ?? 'http://127.0.0.1:3978';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [
    react(),
    // Our makeStyles calls compiled to atomic CSS at build time, as Fluent's own components ship:
    // the browser then needs neither Griffel's style resolver nor stylis and rtl-css-js.
    griffel({ include: [/\/tab\/src\/.*\.tsx?$/] }),
    fluentTheme(),
    teamsJsLogger(),
    precompress(),
    buildStamp(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written for debugging but not referenced from the bundles: the server serves them only
    // when SERVE_SOURCE_MAPS allows it, and then points browsers at them with a SourceMap header.
    sourcemap: 'hidden',
    // Read by the tab budget test to find what the meeting side panel loads before its first paint.
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically loads on every page anyway: one chunk compresses
        // better and costs fewer requests than the dozen small shared chunks rolldown makes otherwise.
        // Views stay in their own lazily loaded chunks (src/router/lazyViews.ts).
        codeSplitting: {
          groups: [
            { name: 'shell', tags: ['$initial'] },
            // The Fluent controls the meeting side panel paints with (and most pages use): one chunk
            // compresses better than the six small ones they would otherwise be. Badge is not among
            // them: the side panel's labels are StatusPill.
            {
              name: 'controls',
              test: /node_modules[\\/]@fluentui[\\/]react-(checkbox|textarea|field)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
