import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/**
 * Import fences: layers only import downward.
 *   core (pure domain)  <-  contract  <-  services (Node)  <-  hosts: electron, web server, CLI
 *   app (plain TypeScript services with events: documents, layout, problems, notifications) sees core and contract.
 *   ui (React, DOM) sees app, core and contract, and reaches the outside world through the host contract.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const noNode = { name: '', message: 'no Node built-ins in this layer' };
const rule = (paths, patterns) => ['error', { paths, patterns }];
const names = (list, message) => list.map((name) => ({ ...noNode, name, message }));

const fence = {
  node: names(nodeBuiltins, 'Node built-ins belong in src/services or the hosts, not in this layer'),
  electron: names(['electron'], 'only electron/ may import electron'),
  react: names(['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'], 'React belongs in src/ui only'),
  lowdb: names(['lowdb', 'lowdb/node'], 'lowdb is a service detail (src/services)'),
};
const group = (folders, message) => ({ group: folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]), message });
const layers = {
  ui: group(['ui'], 'only the renderer imports the UI'),
  services: group(['services'], 'the UI and the core reach services only through the host contract'),
  hosts: group(['web', 'cli', 'electron'], 'hosts sit on top; nothing below imports them'),
  contract: group(['contract'], 'the core does not know the host contract'),
  app: group(['app'], 'the application layer sits under the UI; the core, contract, services and hosts do not know it'),
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': rule([...fence.node, ...fence.electron, ...fence.react, ...fence.lowdb], [layers.ui, layers.services, layers.hosts, layers.contract, layers.app]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': rule([...fence.node, ...fence.electron, ...fence.react, ...fence.lowdb], [layers.ui, layers.services, layers.hosts, layers.app]),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer'],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': rule([...fence.node, ...fence.electron, ...fence.react, ...fence.lowdb], [layers.ui, layers.services, layers.hosts]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require', '__dirname', 'localStorage'],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: { 'no-restricted-imports': rule([...fence.electron, ...fence.react], [layers.ui, layers.hosts, layers.app]) },
  },
  {
    files: ['src/web/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': rule([...fence.electron, ...fence.react], [layers.ui, layers.app, group(['electron'], 'the web and CLI hosts do not use Electron')]) },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': rule(fence.react, [
        layers.ui,
        layers.app,
        group(['web', 'cli'], 'Electron code imports only the core, the contract and the services'),
        { group: ['lowdb', 'lowdb/*'], message: 'storage goes through src/services' },
      ]),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not compile with the React Compiler, so its library compatibility notes do not apply.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': rule([...fence.node, ...fence.electron, ...fence.lowdb], [layers.services, layers.hosts]),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
);
