import {expect, it} from 'vitest';
import {helpRowsShown} from '../../../source/ui/help/help-geometry.js';

it('shows the bindings between the title, a blank line and the closing hint, at least one', () => {
	expect(helpRowsShown({columns: 80, rows: 24})).toBe(21);
	expect(helpRowsShown({columns: 80, rows: 3})).toBe(1);
});
