import {describe, expect, it} from 'vitest';
import {textWidth} from '../../../source/text/width.js';
import {createLineEditor, editLine} from '../../../source/ui/kit/line-editor.js';
import {fieldRow} from '../../../source/ui/kit/line-field.js';
import type {Row} from '../../../source/ui/kit/segments.js';

const text = (row: Row) => row.map((segment) => segment.text).join('');
const cursorCell = (row: Row) => row.find((segment) => segment.style === 'cursor')?.text;

describe('fieldRow', () => {
	it('draws a space cursor after the value, and the character under it inside', () => {
		let editor = createLineEditor([], 'laomo乐山');
		expect(text(fieldRow(editor, 40))).toBe('laomo乐山 ');
		expect(cursorCell(fieldRow(editor, 40))).toBe(' ');
		editor = editLine(editor, {type: 'left'});
		expect(cursorCell(fieldRow(editor, 40))).toBe('山');
		expect(text(fieldRow(editor, 40))).toBe('laomo乐山');
	});

	it('scrolls so the cursor shows, never cutting a wide character', () => {
		const editor = createLineEditor([], '劳模精神劳动精神工匠精神');
		for (const width of [1, 2, 3, 5, 8, 11]) {
			const row = fieldRow(editor, width);
			expect(textWidth(text(row))).toBeLessThanOrEqual(Math.max(1, width));
			expect(cursorCell(row)).toBe(' ');
		}
		expect(text(fieldRow(editor, 7))).toBe('匠精神 ');
		const home = editLine(editor, {type: 'home'});
		expect(text(fieldRow(home, 7))).toBe('劳模精');
		expect(cursorCell(fieldRow(home, 7))).toBe('劳');
	});

	it('shows controls in the value as harmless text', () => {
		const editor = createLineEditor([], 'a');
		const row = fieldRow({...editor, value: 'a\u001b[2Jb', cursor: 0}, 20);
		expect(text(row)).not.toContain('\u001b');
	});
});
