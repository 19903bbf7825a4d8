// Writes a minimal Word document (the parts mammoth reads) for tests: paragraphs with an
// optional Word style (Title, Heading1, Heading2, Caption), zipped with fflate. Never a real document.
import {strToU8, zipSync} from 'fflate';

export type DocxParagraph = {text: string; style?: 'Title' | 'Heading1' | 'Heading2' | 'Caption'};

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function makeDocx(paragraphs: DocxParagraph[]): Buffer {
	const body = paragraphs
		.map(
			({text, style}) =>
				`<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
		)
		.join('');
	// Word's own names for its built-in styles, as styles.xml writes them.
	const names = {Title: 'Title', Heading1: 'heading 1', Heading2: 'heading 2', Caption: 'caption'};
	const styles = Object.entries(names)
		.map(
			([id, name]) =>
				`<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`,
		)
		.join('');
	const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
	return Buffer.from(
		zipSync({
			'[Content_Types].xml': strToU8(
				'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
			),
			'_rels/.rels': strToU8(
				'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
			),
			'word/_rels/document.xml.rels': strToU8(
				'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
			),
			'word/styles.xml': strToU8(
				`<?xml version="1.0" encoding="UTF-8"?><w:styles ${w}>${styles}</w:styles>`,
			),
			'word/document.xml': strToU8(
				`<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>`,
			),
		}),
	);
}
