import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The domain's bounded contexts (and its kernel): each folder under libs/domain/src.
const DOMAIN = 'libs/domain/src';
const contexts = readdirSync(DOMAIN, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.cache/**', 'data/**', 'web/dist/**', 'tools/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // The domain is pure: no framework, no database, no clock, no randomness.
    files: ['libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'mongodb', 'node:*', '@kurrent/*', 'fastify', 'uuid'] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time arrives as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness arrives as a parameter.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time arrives as a parameter.' },
      ],
    },
  },
  {
    // The ticket scanner's code also runs in the SPA (offline check-in): no Node API, and nothing
    // from the rest of libs/tickets (signing, PDF) that would pull one in.
    files: ['libs/tickets/src/scanner/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', '../*'], message: 'Scanner code runs in the browser too.' }] },
      ],
      'no-restricted-globals': ['error', 'Buffer', 'process', 'require'],
    },
  },
  {
    // Contexts reach each other only through their index.ts (their public surface), never into
    // another context's files: `../catalog` is fine, `../catalog/catalog.state` is not.
    files: [`${DOMAIN}/**/*.ts`],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: contexts.map((context) => ({
            target: contexts.filter((other) => other !== context).map((other) => `./${DOMAIN}/${other}`),
            from: `./${DOMAIN}/${context}`,
            except: ['./index.ts'],
            message: `Import ${context} through its index.ts.`,
          })),
        },
      ],
    },
  },
);
