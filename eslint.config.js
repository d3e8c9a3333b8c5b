import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import checkFile from 'eslint-plugin-check-file';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The architecture's one-way imports (docs/decisions/0017-conventions-enforced.md): shared layers
 * (lib, components, content, hooks, store) never reach up into features or the app; a feature
 * never reaches into another feature (compose them in src/app); browser code never imports the
 * Node-only content build.
 */
const importZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'features do not import each other: compose them in src/app',
  })),
  {
    target: ['./src/lib', './src/components', './src/content', './src/hooks', './src/store'],
    from: ['./src/features', './src/app'],
    message: 'shared code does not import features or the app',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'features do not import the app',
  },
];

/** Browser code never imports the Node-only content build (tests may: they check the real content). */
const buildZone = {
  target: [
    './src/app',
    './src/features',
    './src/components',
    './src/lib',
    './src/hooks',
    './src/store',
  ],
  from: './src/content/build',
  message: 'the content build runs in Node at build time only',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      // One naming convention for every file and folder we write: kebab-case
      // (`question-screen.tsx` exports `QuestionScreen`).
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,e2e,scripts}/**/': 'KEBAB_CASE' }],
    },
  },
  {
    // A function a newcomer can hold in their head; a longer one says why in a disable comment.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.test-helper.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...importZones, buildZone] }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
