import {closeSync, openSync, readSync} from 'node:fs';
// What a file that is not text is, by its first bytes: report folders and folders of downloads
// both collect images, PDFs and archives, and each says so in its own words.

type FileSignature = 'PNG' | 'JPEG' | 'GIF' | 'PDF' | 'ZIP';

const signatures: Array<[number[], FileSignature]> = [
	[[0x89, 0x50, 0x4e, 0x47], 'PNG'],
	[[0xff, 0xd8, 0xff], 'JPEG'],
	[[0x47, 0x49, 0x46, 0x38], 'GIF'],
	[[0x25, 0x50, 0x44, 0x46], 'PDF'],
	[[0x50, 0x4b, 0x03, 0x04], 'ZIP'],
];

export function fileSignature(bytes: Uint8Array): FileSignature | undefined {
	for (const [magic, kind] of signatures) {
		if (magic.every((byte, index) => bytes[index] === byte)) return kind;
	}
	return undefined;
}

/** Starts with UTF-16's byte-order mark (FF FE or FE FF): text, though full of NUL bytes. */
export function hasUtf16Mark(bytes: Uint8Array): boolean {
	return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The first 16 bytes of every SQLite database file. */
const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Whether a regular file (the caller has checked; opening anything else could block) starts
 * with SQLite's header. Throws what reading it throws.
 */
export function startsWithSqliteHeader(file: string): boolean {
	const bytes = Buffer.alloc(sqliteHeader.length);
	const fd = openSync(file, 'r');
	try {
		return readSync(fd, bytes, 0, bytes.length, 0) === bytes.length && bytes.equals(sqliteHeader);
	} finally {
		closeSync(fd);
	}
}
