import {expect, test} from 'vitest';
import {describeFsError} from '../../source/corpus/load.js';
import {fileProblem, problems, systemReason} from '../../source/i18n/messages.js';

const errno = (code: string) => Object.assign(new Error(`${code}: raw words, open 'x'`), {code});

test('a file-system error in words a user can act on, by its code, in both languages', () => {
	expect(systemReason(errno('EACCES'))).toEqual({en: 'permission denied', zh: '权限不足'});
	expect(systemReason(errno('EPERM'))).toEqual({en: 'permission denied', zh: '权限不足'});
	expect(systemReason(errno('EROFS'))).toEqual({en: 'read-only file system', zh: '只读文件系统'});
	expect(systemReason(errno('ENOSPC'))).toEqual({
		en: 'no space left on the device',
		zh: '设备空间已满',
	});
	expect(systemReason(errno('EDQUOT'))).toEqual({en: 'disk quota exceeded', zh: '超出磁盘配额'});
	expect(systemReason(errno('EIO'))).toEqual({en: 'input/output error', zh: '输入输出错误'});
	// Any other code: Node's own words; something thrown that is not an Error, as text.
	expect(systemReason(errno('EBUSY'))).toEqual({
		en: "EBUSY: raw words, open 'x'",
		zh: "EBUSY: raw words, open 'x'",
	});
	expect(systemReason('odd')).toEqual({en: 'odd', zh: 'odd'});
});

test('the loader says what the path is, and what it could not do for the rest', () => {
	expect(describeFsError(errno('ENOENT'), problems.cannotReadFile)).toEqual({
		en: 'does not exist (or is a broken link)',
		zh: '不存在（或是失效的链接）',
	});
	expect(describeFsError(errno('ENOTDIR'), problems.cannotReadDirectory).en).toBe(
		'is not a directory',
	);
	expect(describeFsError(errno('EACCES'), problems.cannotReadDirectory)).toEqual({
		en: 'cannot read directory: permission denied',
		zh: '无法读取目录：权限不足',
	});
	expect(describeFsError(errno('EIO'), problems.cannotReadFile)).toEqual({
		en: 'cannot read file: input/output error',
		zh: '无法读取文件：输入输出错误',
	});
});

test('a file and its problem, with the colon each language writes', () => {
	expect(fileProblem('a.md', problems.emptyFile)).toEqual({
		en: 'a.md: empty file',
		zh: 'a.md：空文件',
	});
});
