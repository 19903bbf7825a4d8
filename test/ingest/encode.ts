// Encoders for GBK and Big5 built from Node's own decoders (Node decodes them but does not
// encode them): every two-byte sequence is decoded once and the map is read backwards.
const encoders = new Map<string, Map<string, number[]>>();

function encoderFor(encoding: 'gbk' | 'big5'): Map<string, number[]> {
	const known = encoders.get(encoding);
	if (known) return known;
	const decoder = new TextDecoder(encoding, {fatal: true});
	const map = new Map<string, number[]>();
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			try {
				const char = decoder.decode(new Uint8Array([lead, trail]));
				if (char.length === 1 && !map.has(char)) map.set(char, [lead, trail]);
			} catch {
				// Not a character in this encoding.
			}
		}
	}
	encoders.set(encoding, map);
	return map;
}

export function encode(text: string, encoding: 'gbk' | 'big5'): Uint8Array {
	const map = encoderFor(encoding);
	const bytes: number[] = [];
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (code < 0x80) bytes.push(code);
		else {
			const pair = map.get(char);
			if (!pair) throw new Error(`${char} is not in ${encoding}`);
			bytes.push(...pair);
		}
	}
	return new Uint8Array(bytes);
}
