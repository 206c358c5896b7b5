import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npx vite` proxies the API to a locally running Taiwa (`npm start`), so the tab can be
// developed with hot reload against the real server.
const apiTarget = process.env.TAIWA_API_URL ?? 'http://127.0.0.1:3978';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
