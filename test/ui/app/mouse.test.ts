import {describe, expect, it} from 'vitest';
import {readWithWheel, takeMouse} from '../../../source/ui/app/mouse.js';

describe('mouse reports', () => {
	it('takes wheel steps (with or without modifiers) and clicks out of the input', () => {
		expect(
			takeMouse('j\u001b[<65;10;5Mk\u001b[<64;1;1M\u001b[<0;3;4M\u001b[<0;3;4m\u001b[<80;2;2M'),
		).toEqual({
			rest: 'jk',
			wheel: ['down', 'up', 'up'],
		});
		expect(takeMouse('\u001b[A')).toEqual({rest: '\u001b[A', wheel: []});
	});

	it('reads on past a chunk that held only mouse reports', () => {
		const chunks: Array<string | null> = [
			'\u001b[<65;1;1M',
			Buffer.from('q') as unknown as string,
			null,
		];
		const stream = {read: () => chunks.shift() ?? null};
		const steps: string[] = [];
		const restore = readWithWheel(stream, (step) => steps.push(step));
		expect(stream.read()).toBe('q');
		expect(stream.read()).toBeNull();
		expect(steps).toEqual(['down']);
		restore();
		chunks.push('\u001b[<65;1;1M');
		expect(stream.read()).toBe('\u001b[<65;1;1M');
	});
});
