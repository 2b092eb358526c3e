// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layers and what they may not import: the dependency rules of ARCHITECTURE.md, enforced. */
const forbid = (layers, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: layers.map((layer) => ({ group: [`**/${layer}`, `**/${layer}/**`], message })) },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', '.test-cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['src/contracts/**'],
    rules: forbid(
      ['domain', 'store', 'services', 'server', 'client', 'cli', 'web', 'demo', 'github'],
      'contracts import zod only',
    ),
  },
  {
    files: ['src/domain/**'],
    rules: forbid(
      ['store', 'services', 'server', 'client', 'cli', 'web', 'demo', 'github'],
      'domain is pure: contracts only',
    ),
  },
  {
    files: ['src/store/**'],
    rules: forbid(
      ['services', 'server', 'client', 'cli', 'web', 'demo', 'github'],
      'store sits under services',
    ),
  },
  {
    files: ['src/services/**'],
    rules: forbid(['server', 'client', 'cli', 'web', 'demo', 'github'], 'services do not know their callers'),
  },
  {
    files: ['src/demo/**'],
    ignores: ['src/demo/**/*.test.ts'],
    rules: forbid(['store', 'server', 'client', 'cli', 'web'], 'the demo loads through services'),
  },
  {
    files: ['src/server/**'],
    // Tests may open test databases directly; production server code may not.
    ignores: ['src/server/**/*.test.ts', 'src/server/testing/**'],
    rules: forbid(
      ['store', 'client', 'cli', 'web', 'github/fake'],
      'the server reaches the store only through services (and never the fake GitHub)',
    ),
  },
  {
    files: ['src/github/**'],
    ignores: [
      'src/github/**/*.test.ts',
      'src/github/fake/**',
      'src/github/parse/**',
      'src/github/testing/**',
    ],
    rules: forbid(
      ['store', 'server', 'client', 'cli', 'web', 'demo', 'github/fake', 'github/testing'],
      'the GitHub adapter reaches the store through services; the fake GitHub is for tests',
    ),
  },
  {
    files: ['src/github/parse/**'],
    rules: forbid(
      ['domain', 'store', 'services', 'server', 'client', 'cli', 'web', 'demo', 'sync', 'http', 'fake'],
      'the parsers are pure: contracts only',
    ),
  },
  {
    files: ['src/client/**'],
    rules: forbid(
      ['domain', 'store', 'services', 'server', 'cli', 'web', 'demo', 'github'],
      'the client knows contracts and HTTP only',
    ),
  },
  {
    files: ['src/cli/**'],
    ignores: ['src/cli/server-commands/**', 'src/cli/main.ts', 'src/cli/**/*.test.ts'],
    rules: forbid(
      ['domain', 'store', 'services', 'server', 'web', 'demo', 'github'],
      'the CLI reaches the server through the client; server-side commands live in cli/server-commands',
    ),
  },
  {
    files: ['src/cli/server-commands/**', 'src/cli/main.ts'],
    rules: forbid(['store', 'web'], 'server-side commands go through services and server'),
  },
  {
    files: ['src/web/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        ['domain', 'store', 'services', 'server', 'cli', 'demo', 'github'],
        'the web app reaches the server through the client',
      ),
    },
  },
);
