import {expect, it} from 'vitest';
import {libraryRowsShown} from '../../../source/ui/library/library-geometry.js';

it('shows a report a row under the title and header and above the hints, at least one', () => {
	expect(libraryRowsShown({columns: 80, rows: 24})).toBe(21);
	expect(libraryRowsShown({columns: 80, rows: 16})).toBe(13);
	expect(libraryRowsShown({columns: 80, rows: 2})).toBe(1);
});
