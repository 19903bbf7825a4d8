import {expect, it} from 'vitest';
import {searchResultsShown} from '../../../source/ui/search/search-geometry.js';

it('shows as many two-line results as fit under the prompt and tabs, at least one', () => {
	expect(searchResultsShown({columns: 80, rows: 24})).toBe(10);
	expect(searchResultsShown({columns: 80, rows: 16})).toBe(6);
	expect(searchResultsShown({columns: 80, rows: 4})).toBe(1);
});
