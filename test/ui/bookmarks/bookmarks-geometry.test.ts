import {expect, it} from 'vitest';
import {bookmarkRowsShown} from '../../../source/ui/bookmarks/bookmarks-geometry.js';

it('shows two lines a bookmark under the title and header and above the hints, at least one', () => {
	expect(bookmarkRowsShown({columns: 80, rows: 24})).toBe(10);
	expect(bookmarkRowsShown({columns: 80, rows: 16})).toBe(6);
	expect(bookmarkRowsShown({columns: 80, rows: 4})).toBe(1);
});
