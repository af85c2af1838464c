import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

/**
 * Our own modules are never imported for their side effects alone (only stylesheets are): a module nothing
 * uses is dropped, so importing one name from a barrel such as `src/core` does not load the whole folder,
 * and a host or the first screen does not load the markdown parser or the hyphenation patterns before it needs them.
 */
const OWN_MODULES_ARE_PURE = [{ test: /[\\/](src|electron)[\\/].*\.tsx?$/, sideEffects: false }];

/**
 * One build for every host. The "main" (Node) bundle holds the Electron main process and, beside it,
 * the browser edition's server, the CLI and the collaboration server, so they run the very same service code.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Libraries are bundled, not loaded from node_modules: one file read instead of hundreds of module
      // resolutions at start, and the desktop package needs no node_modules at all.
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          web: resolve('src/web/main.ts'),
          cli: resolve('src/cli/index.ts'),
          collab: resolve('src/collab/main.ts'),
        },
        treeshake: { moduleSideEffects: OWN_MODULES_ARE_PURE },
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
      rolldownOptions: { input: { index: resolve('src/ui/index.html') }, treeshake: { moduleSideEffects: OWN_MODULES_ARE_PURE } },
    },
  },
});
