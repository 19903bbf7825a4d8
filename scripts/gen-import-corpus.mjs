// Writes the import corpus's encoded and Word inputs from their UTF-8 sources, so the sources
// stay readable and reviewable and the binary fixtures are reproducible:
//   test/fixtures/import-corpus-sources/NAME.EXT      → import-corpus/NAME.EXT in the encoding
//                                                      its NAME.expect.yaml declares
//   test/fixtures/import-corpus-sources/NAME.docx.txt → import-corpus/NAME.docx
// and the same from import-corpus-holdout-sources/ to import-corpus-holdout/ and from
// import-corpus-holdout-2-sources/ to import-corpus-holdout-2/ (inputs written after the
// importer's rules, each set measured once before anything was changed for it).
// In a .docx.txt source, "# " starts a Heading 1, "## " a Heading 2, "> " a caption, and every
// other line is a paragraph.
//
//   node scripts/gen-import-corpus.mjs
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {zipSync} from 'fflate';
import iconv from 'iconv-lite';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Each corpus folder with the folder of its sources: the corpus, and the held-out inputs. */
export const corpusFolders = [
	['import-corpus-sources', 'import-corpus'],
	['import-corpus-holdout-sources', 'import-corpus-holdout'],
	['import-corpus-holdout-2-sources', 'import-corpus-holdout-2'],
].map(([sources, corpus]) => ({
	sources: path.join(root, 'test/fixtures', sources),
	corpus: path.join(root, 'test/fixtures', corpus),
}));

/** A source's text with the line ends its expectation declares (crlf, a lone cr, or lf). */
export function withNewlines(text, newlines) {
	if (newlines === 'crlf') return text.replaceAll('\n', '\r\n');
	if (newlines === 'cr') return text.replaceAll('\n', '\r');
	return text;
}
/** A fixed time inside the zip, so regenerating gives the same bytes. */
const zipTime = new Date('2024-01-01T00:00:00Z');

/** The bytes of `text` in one of the encodings the corpus declares. */
export function encodeText(text, encoding) {
	switch (encoding) {
		case 'utf-8':
			return Buffer.from(text, 'utf8');
		case 'utf-8-bom':
			return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
		case 'utf-16le':
			return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
		case 'utf-16be':
			return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
		case 'gbk':
		case 'big5': {
			const bytes = iconv.encode(text, encoding);
			// iconv-lite writes "?" for what the encoding lacks: a fixture must not lose text.
			if (iconv.decode(bytes, encoding) !== text) {
				throw new Error(`text has characters that ${encoding} cannot encode`);
			}
			return bytes;
		}
		default:
			throw new Error(`unknown encoding ${encoding}`);
	}
}

const escapeXml = (text) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const styleOf = (line) =>
	line.startsWith('## ')
		? ['Heading2', line.slice(3)]
		: line.startsWith('# ')
			? ['Heading1', line.slice(2)]
			: line.startsWith('> ')
				? ['Caption', line.slice(2)]
				: ['Normal', line];

/** A minimal Word document: content types, relationships, styles and the body. */
export function makeDocx(source) {
	const paragraphs = source
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const [style, text] = styleOf(line);
			return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
		});
	const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
	const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
	const style = (id, name) =>
		`<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
	const files = {
		'[Content_Types].xml':
			decl +
			'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
			'<Default Extension="xml" ContentType="application/xml"/>' +
			'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
			'<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
			'</Types>',
		'_rels/.rels':
			decl +
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
			'</Relationships>',
		'word/_rels/document.xml.rels':
			decl +
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
			'</Relationships>',
		'word/styles.xml':
			decl +
			`<w:styles ${ns}>` +
			style('Normal', 'Normal') +
			style('Heading1', 'heading 1') +
			style('Heading2', 'heading 2') +
			style('Caption', 'caption') +
			'</w:styles>',
		'word/document.xml':
			decl + `<w:document ${ns}><w:body>${paragraphs.join('')}</w:body></w:document>`,
	};
	const entries = Object.fromEntries(
		Object.entries(files).map(([name, text]) => [
			name,
			[Buffer.from(text, 'utf8'), {mtime: zipTime}],
		]),
	);
	return Buffer.from(zipSync(entries, {level: 9}));
}

function main() {
	for (const {sources, corpus} of corpusFolders) {
		for (const name of readdirSync(sources).sort()) {
			const text = readFileSync(path.join(sources, name), 'utf8');
			if (name.endsWith('.docx.txt')) {
				const target = name.slice(0, -'.txt'.length);
				writeFileSync(path.join(corpus, target), makeDocx(text));
				process.stdout.write(`${target}: docx\n`);
				continue;
			}
			const base = name.replace(/\.[^.]+$/, '');
			const expectation = YAML.parse(
				readFileSync(path.join(corpus, `${base}.expect.yaml`), 'utf8'),
			);
			const body = withNewlines(text, expectation.newlines);
			writeFileSync(path.join(corpus, name), encodeText(body, expectation.encoding));
			process.stdout.write(
				`${name}: ${expectation.encoding}${expectation.newlines ? `, ${expectation.newlines}` : ''}\n`,
			);
		}
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
