// ESLint (flat config): the recommended rules of ESLint and typescript-eslint, and the
// house limit on function length in src/ (STYLE.md: a unit fits on a screen).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // `catch {}`: a best-effort cleanup (removing a partial output file) that may fail.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `_`-named values are taken apart to be left out ({ id: _id, ...rest }).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Expected markdown tables hold empty cells (|  |): spaces counted by eye there.
    files: ['test/**/*.ts'],
    rules: { 'no-regex-spaces': 'off' },
  },
  {
    // Scripts run by node as CommonJS (bench helpers, the file lister).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // A function fits on a screen: the hard limit (aim under 60).
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    // Only src/cli/ touches the process (arguments, streams, exit code); the rest takes
    // what it needs as arguments. (.dependency-cruiser.cjs forbids importing it.)
    files: ['src/**/*.ts'],
    ignores: [
      'src/cli/**',
      // readStdin reads process.stdin for run/runner.ts and cli/explain-command.ts;
      // it moves to cli/ with issue 12's reworking of both.
      'src/read/read.ts',
      // a temporary file named by the process id (issue 12's area).
      'src/run/cache.ts',
      // the same for an xlsx file, and its spool removed at exit (issue 15's emit/xlsx).
      'src/emit/workbook.ts',
      'src/emit/xlsx.ts',
    ],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Only src/cli/ touches process.' }],
    },
  },
);
