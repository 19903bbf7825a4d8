// Lint: the recommended JavaScript and TypeScript rules, plus React's rules of hooks for the UI.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'node_modules/',
			'reports/',
			'test/fixtures/',
			'bench-results/',
			'coverage/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{languageOptions: {globals: globals.node}},
	{rules: {'no-empty': ['error', {allowEmptyCatch: true}]}},
	{
		files: ['**/*.{ts,tsx}'],
		plugins: {'react-hooks': reactHooks},
		rules: {
			...reactHooks.configs.recommended.rules,
			// Control characters in patterns are the point of the terminal sanitizer.
			'no-control-regex': 'off',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
			// Lazy require() of bundled modules keeps them off the start-up path (see the cache).
			'@typescript-eslint/no-require-imports': 'off',
		},
	},
);
