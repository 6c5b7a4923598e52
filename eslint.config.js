// The architecture rules of the README ("How it is built"), as checks that fail `npm test`:
// core/ is pure, dependencies point inward, sites don't know each other, the worker has no DOM,
// no import cycles, and switches over unions name every member.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pages = ['./src/popup', './src/options', './src/welcome', './src/ui'];

/** Globals that only exist where there is a page (a worker has neither). */
const domGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'XMLHttpRequest'].map((name) => ({
  name,
  message: `The worker has no ${name}: in Chrome it runs as a service worker.`,
}));

/** The extension and page APIs, which core/ must not touch (it is tested without a browser). */
const browserApiGlobals = [
  'chrome',
  'browser',
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
].map((name) => ({
  name,
  message: 'core/ is pure logic: pass what it needs in from background/, content/ or ui/.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })],
    },
    rules: {
      // Only our own modules can form a cycle worth reporting; not walking node_modules keeps this fast.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: ['./src/content', './src/background', './src/sites', ...pages],
              message: 'core/ is the innermost layer: it imports nothing from the layers around it.',
            },
            {
              target: './src/sites',
              from: ['./src/content', './src/background', ...pages],
              message: 'sites/ knows pages, not the extension: only core/ is below it.',
            },
            {
              target: './src/sites/linkedin',
              from: './src/sites/facebook',
              message: 'One site never imports another; shared pieces go to sites/ or core/.',
            },
            {
              target: './src/sites/facebook',
              from: './src/sites/linkedin',
              message: 'One site never imports another; shared pieces go to sites/ or core/.',
            },
            {
              target: './src/content',
              from: ['./src/background', ...pages],
              message: 'The content script talks to the worker by messages only, and never loads page code.',
            },
            {
              target: './src/background',
              from: ['./src/content', './src/sites', ...pages],
              message: 'The worker talks to tabs and pages by messages only.',
            },
            {
              target: pages,
              from: ['./src/content', './src/background'],
              message: 'Pages talk to the worker by messages only.',
            },
            {
              // The popup reads the name on the open profile with scripting.executeScript: the
              // reader and each site's list of where the name is are the one exception.
              target: pages,
              from: './src/sites',
              except: [
                './profileName.ts',
                './nameReaders.ts',
                './linkedin/profileName.ts',
                './facebook/profileName.ts',
              ],
              message: 'Pages talk to the worker by messages only.',
            },
          ],
        },
      ],
      // Unused arguments named with a leading underscore are kept on purpose (handler signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'core/ is pure logic and runs without a browser.' }],
        },
      ],
      'no-restricted-globals': ['error', ...browserApiGlobals],
    },
  },
  {
    files: ['src/background/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...domGlobals] },
  },
  {
    // Only the store reads or writes storage (core/storageKeys.ts declares every key). The
    // exceptions read one key each where going through the worker would cost a click or the
    // popup's first frame: the content script's watch list and the popup's preview.
    files: ['src/**/*.ts'],
    ignores: ['src/background/storageAreas.ts', 'src/content/index.ts', 'src/popup/popup.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.property.name='storage'][property.name=/^(local|session|sync|managed)$/]",
          message: 'Storage is read and written through the store (background/store.ts, storageAreas.ts).',
        },
      ],
    },
  },
  {
    // Type-aware rules only where they matter, so the lint stays fast.
    files: ['src/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
);
