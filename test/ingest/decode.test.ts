// Which encoding a saved text is in, and the text: BOMs, UTF-8, GB18030/GBK, Big5, meta charset.
import {describe, expect, test} from 'vitest';
import {decodeText, declaredCharset, describeEncoding} from '../../source/ingest/decode.js';
import {encode} from './encode.js';

// Written for these tests: a few sentences in the register of a work report.
const simplified =
	'五年来，全市各级工会组织坚持以职工为中心，新建职工之家一百二十个，帮扶困难职工三千余人。' +
	'工会组织不断加强自身建设，服务职工的能力明显提高，职工群众的满意度持续上升。';
const traditional =
	'五年來，全縣各級工會組織堅持以職工為中心，新建職工之家一百二十個，幫扶困難職工三千餘人。' +
	'工會組織不斷加強自身建設，服務職工的能力明顯提高，職工群眾的滿意度持續上升。';

describe('decodeText', () => {
	test('UTF-8 without and with a byte-order mark', () => {
		const bytes = new TextEncoder().encode(simplified);
		expect(decodeText(bytes)).toMatchObject({text: simplified, encoding: 'utf-8', bom: false});
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
		const decoded = decodeText(withBom);
		expect(decoded).toMatchObject({text: simplified, encoding: 'utf-8', bom: true});
		expect(describeEncoding(decoded)).toEqual({
			en: 'UTF-8 with BOM (byte-order mark)',
			zh: 'UTF-8，带 BOM（字节序标记）',
		});
	});

	test('UTF-16 with a byte-order mark, either byte order', () => {
		const little = Buffer.from(`\ufeff${simplified}`, 'utf16le');
		expect(decodeText(little)).toMatchObject({text: simplified, encoding: 'utf-16le'});
		const big = Buffer.from(little).swap16();
		expect(decodeText(big)).toMatchObject({text: simplified, encoding: 'utf-16be'});
	});

	test('GBK text is detected as GB18030 and decoded', () => {
		const decoded = decodeText(encode(`${simplified}\n${simplified}`, 'gbk'));
		expect(decoded.encoding).toBe('gb18030');
		expect(decoded.by).toBe('detected');
		expect(decoded.text).toBe(`${simplified}\n${simplified}`);
	});

	test('Big5 text is detected as Big5 and decoded', () => {
		const decoded = decodeText(encode(`${traditional}\n${traditional}`, 'big5'));
		expect(decoded.encoding).toBe('big5');
		expect(decoded.text).toBe(`${traditional}\n${traditional}`);
	});

	test("a page's meta charset decides for a page", () => {
		const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${simplified}</p></body></html>`;
		const bytes = encode(page, 'gbk');
		expect(declaredCharset(bytes)).toBe('gb18030');
		const decoded = decodeText(bytes, {html: true});
		expect(decoded).toMatchObject({encoding: 'gb18030', by: 'meta charset'});
		expect(decoded.text).toContain(simplified);
	});

	test('bytes that are text in none of the encodings are refused with a reason', () => {
		const noise = new Uint8Array(Array.from({length: 64}, (_, index) => 0x80 + ((index * 37) % 3)));
		expect(() => decodeText(noise)).toThrow(/not text in an encoding baogao reads/);
	});
});
