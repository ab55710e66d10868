import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.dist-*/', 'node_modules/', 'coverage/', '.bench/', '.demo/', 'fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'Only the entry point ends the process (set process.exitCode or throw a typed error).' },
      ],
    },
  },
  {
    // The launcher is CommonJS like the bundle it loads (esbuild.config.mjs).
    files: ['bin/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // luxon's settings and the known Indonesian zones are set in one module: everything
    // else takes DateTime and zones from it (types may still come from luxon).
    files: ['src/**/*.ts'],
    ignores: ['src/domain/luxon.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'luxon', message: 'Import from src/domain/luxon.ts (en-US digits, the Indonesian zones without ICU).', allowTypeImports: true }] },
      ],
    },
  },
  {
    // The pages' script builds the table with DOM calls and textContent only: data from
    // the files never becomes markup.
    files: ['src/output/page/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent and DOM calls: data never becomes markup.' },
        { property: 'outerHTML', message: 'Use textContent and DOM calls: data never becomes markup.' },
        { property: 'insertAdjacentHTML', message: 'Use textContent and DOM calls: data never becomes markup.' },
        { object: 'document', property: 'write', message: 'Use textContent and DOM calls: data never becomes markup.' },
      ],
    },
  },
);
