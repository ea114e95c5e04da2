import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves dist/ on its own port; in `vite dev` requests to /api go to a locally running API.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': process.env.API_URL ?? 'http://127.0.0.1:3000' } },
});
