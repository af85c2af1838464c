import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

/**
 * One build for every host. The "main" (Node) bundle holds the Electron main process and, beside it,
 * the browser edition's server and the CLI, so all three run the very same service code.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          web: resolve('src/web/main.ts'),
          cli: resolve('src/cli/index.ts'),
        },
        // Packages we import have no side effects we rely on: an import nothing uses is dropped, so a
        // host does not load the search engine or the markdown parser before it needs them.
        treeshake: { moduleSideEffects: (_id: string, external: boolean) => !external },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/ui',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      minify: true,
      rolldownOptions: { input: { index: resolve('src/ui/index.html') } },
    },
  },
});
