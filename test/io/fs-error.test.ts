import {expect, test} from 'vitest';
import {fsErrorWords} from '../../source/io/fs-error.js';
import {describeFsError} from '../../source/corpus/load.js';

const errno = (code: string) => Object.assign(new Error(`${code}: raw words, open 'x'`), {code});

test('a file-system error in words a user can act on, by its code', () => {
	expect(fsErrorWords(errno('EACCES'))).toBe('permission denied');
	expect(fsErrorWords(errno('EPERM'))).toBe('permission denied');
	expect(fsErrorWords(errno('EROFS'))).toBe('read-only file system');
	expect(fsErrorWords(errno('ENOSPC'))).toBe('no space left on the device');
	expect(fsErrorWords(errno('EDQUOT'))).toBe('disk quota exceeded');
	expect(fsErrorWords(errno('EIO'))).toBe('input/output error');
	// Any other code: Node's own words; something thrown that is not an Error, as text.
	expect(fsErrorWords(errno('EBUSY'))).toBe("EBUSY: raw words, open 'x'");
	expect(fsErrorWords('odd')).toBe('odd');
});

test('the loader says what the path is, and what it could not do for the rest', () => {
	expect(describeFsError(errno('ENOENT'), 'cannot read file')).toBe(
		'does not exist (or is a broken link)',
	);
	expect(describeFsError(errno('ENOTDIR'), 'cannot read directory')).toBe('is not a directory');
	expect(describeFsError(errno('EACCES'), 'cannot read directory')).toBe(
		'cannot read directory: permission denied',
	);
	expect(describeFsError(errno('EIO'), 'cannot read file')).toBe(
		'cannot read file: input/output error',
	);
});
