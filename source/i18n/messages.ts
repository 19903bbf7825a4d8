// What can be wrong with a report file or a path, in both languages: the loader, the index, the
// importer and the commands say these, and each caller prints the user's language. The
// importer's own words are in ingest/messages.ts, the commands' in commands/. Values from files
// (ids, keys, YAML errors) are put in as they are; whoever prints a message sanitizes the line.
import type {Text} from './lang.js';

const both = (en: string, zh: string): Text => ({en, zh});

/** Words that have no translation (a library's own error message): the same in both. */
export const verbatim = (text: string): Text => both(text, text);

/** "FILE: what is wrong", with the colon each language writes. */
export function fileProblem(file: string, problem: Text): Text {
	return both(`${file}: ${problem.en}`, `${file}：${problem.zh}`);
}

/** Permission denied, as systemReason says it; also read from a file's mode before any call fails. */
export const permissionDenied = both('permission denied', '权限不足');

/**
 * Why a file system call failed, in words a user can act on, from its code ("permission
 * denied", "no space left on the device"), or as Node words it.
 */
export function systemReason(error: unknown): Text {
	switch ((error as NodeJS.ErrnoException | undefined)?.code) {
		case 'EACCES':
		case 'EPERM':
			return permissionDenied;
		case 'EROFS':
			return both('read-only file system', '只读文件系统');
		case 'ENOSPC':
			return both('no space left on the device', '设备空间已满');
		case 'EDQUOT':
			return both('disk quota exceeded', '超出磁盘配额');
		case 'ENOTDIR':
			return both('a part of the path is not a directory', '路径中有一段不是目录');
		case 'EIO':
			return both('input/output error', '输入输出错误');
		default:
			return verbatim(error instanceof Error ? error.message : String(error));
	}
}

export const problems = {
	emptyFile: both('empty file', '空文件'),
	blankFile: both('blank file (only whitespace)', '空白文件（只有空白字符）'),
	image: (kind: 'PNG' | 'JPEG' | 'GIF') =>
		both(`a ${kind} image, not a report`, `是 ${kind} 图片，不是报告`),
	pdf: both('a PDF document, not a report', '是 PDF 文档，不是报告'),
	zip: both(
		'a ZIP archive (or Word/Excel file), not a report',
		'是 ZIP 压缩包（或 Word/Excel 文件），不是报告',
	),
	utf16: both('UTF-16 text; save it as UTF-8', '是 UTF-16 文本；请另存为 UTF-8'),
	binary: both('binary file (contains NUL bytes)', '二进制文件（含 NUL 字节）'),
	probablyGbk: (line: number) =>
		both(
			`not UTF-8 but probably GBK/GB18030 text (from line ${line}); save it as UTF-8`,
			`不是 UTF-8，可能是 GBK/GB18030 文本（自第 ${line} 行）；请另存为 UTF-8`,
		),
	notUtf8: (line: number) =>
		both(
			`not valid UTF-8 text (first bad byte on line ${line})`,
			`不是有效的 UTF-8 文本（第 ${line} 行起有错误字节）`,
		),
	noFrontMatter: both(
		'no front matter (the file must start with a "---" line)',
		'没有前言元数据（文件须以“---”一行开头）',
	),
	frontMatterNotClosed: both(
		'front matter is not closed by a "---" line',
		'前言元数据没有以“---”一行结束',
	),
	frontMatterYaml: (detail: string, line?: number) =>
		line === undefined
			? both(`front matter is not valid YAML: ${detail}`, `前言元数据不是有效的 YAML：${detail}`)
			: both(
					`front matter is not valid YAML (line ${line}): ${detail}`,
					`前言元数据不是有效的 YAML（第 ${line} 行）：${detail}`,
				),
	frontMatterNotMap: both(
		'front matter must be a set of "key: value" lines',
		'前言元数据须是“键: 值”形式的若干行',
	),
	fieldNotText: (key: string) =>
		both(`front matter "${key}" must be text`, `前言元数据“${key}”须是文字`),
	fieldMissing: (key: string) => both(`front matter has no "${key}"`, `前言元数据缺少“${key}”`),
	badId: (id: string) =>
		both(
			`id "${id}" must be lowercase letters, digits and hyphens (at most 64)`,
			`ID“${id}”只能由小写字母、数字和连字符组成（最多 64 个）`,
		),
	unknownLevel: (level: string, choices: readonly string[]) =>
		both(
			`unknown level "${level}" (expected ${choices.join(', ')})`,
			`未知级别“${level}”（应为 ${choices.join('、')}）`,
		),
	unknownScript: (script: string, choices: readonly string[]) =>
		both(
			`unknown script "${script}" (expected ${choices.join(', ')})`,
			`未知字形“${script}”（应为 ${choices.join('、')}）`,
		),
	badPeriod: (value: string) =>
		both(`period "${value}" must look like 2018-2023`, `时期“${value}”须形如 2018-2023`),
	periodBackwards: (value: string) =>
		both(`period "${value}" ends before it starts`, `时期“${value}”的结束早于开始`),
	badDate: (value: string) =>
		both(
			`published "${value}" must be a date like 2023-10-08`,
			`发布日期“${value}”须形如 2023-10-08`,
		),
	authorsNotList: both('"authors" must be a list of names', '“authors”须是姓名列表'),
	emptyHeading: both('a "##" heading has no text', '有一个“##”标题没有文字'),
	noText: both('the report has no text after the front matter', '前言元数据之后没有正文'),
	isDirectory: both('is a directory, not a report file', '是目录，不是报告文件'),
	notRegularFile: both('is not a regular file', '不是普通文件'),
	tooLarge: (size: string, limit: string) =>
		both(`too large (${size}; the limit is ${limit})`, `太大（${size}；上限 ${limit}）`),
	duplicateId: (id: string, earlier: string) =>
		both(
			`duplicate id "${id}" (already used by ${earlier}); skipped`,
			`ID“${id}”重复（已被 ${earlier} 使用）；已跳过`,
		),
	// The file system, by error code (see corpus/load.ts describeFsError).
	doesNotExist: both('does not exist (or is a broken link)', '不存在（或是失效的链接）'),
	linkLoop: both('is a symbolic link loop', '是循环的符号链接'),
	notDirectory: both('is not a directory', '不是目录'),
	/** "WHAT: WHY", e.g. "cannot read file: permission denied". */
	failed: (what: Text, why: Text) => both(`${what.en}: ${why.en}`, `${what.zh}：${why.zh}`),
	cannotReadFile: both('cannot read file', '无法读取文件'),
	cannotReadDirectory: both('cannot read directory', '无法读取目录'),
	cannotWrite: both('cannot write', '无法写入'),
	cannotRemove: both('cannot remove', '无法删除'),
} as const;

/** What can be wrong with the state database (services/state-store.ts) or with saving to it. */
export const stateProblems = {
	unreadable: (why: Text) => both(`unreadable (${why.en})`, `无法读取（${why.zh}）`),
	linkToNothing: both('a link to a file that does not exist', '指向不存在文件的链接'),
	notRegularFile: (kind: Text) =>
		both(`not a regular file (${kind.en})`, `不是普通文件（${kind.zh}）`),
	directory: both('a directory', '目录'),
	fifo: both('a FIFO', '命名管道'),
	socket: both('a socket', '套接字'),
	device: both('a device', '设备'),
	notAFile: both('not a file', '不是文件'),
	notRegular: both('not a regular file', '不是普通文件'),
	readOnly: both('read-only', '只读'),
	notADatabase: both('not a database', '不是数据库'),
	otherProgram: both('a database of another program', '其他程序的数据库'),
	damaged: both('damaged', '已损坏'),
	newerSchema: (version: number) =>
		both(
			`the state database is from a newer baogao (schema ${version}), so it is left as it is`,
			`状态数据库来自更新版本的 baogao（结构版本 ${version}），保持原样`,
		),
	busy: both(
		'another copy of baogao kept the state database busy',
		'另一个 baogao 正占用状态数据库',
	),
	databaseReadOnly: both('the state database is read-only', '状态数据库是只读的'),
	noSpace: both('no space left on the device', '设备空间已满'),
	cannotOpenForWriting: both(
		'the state database cannot be opened for writing',
		'无法以写入方式打开状态数据库',
	),
	// Most often the disk is full (SQLite cannot grow its shared-memory file).
	ioError: both('input/output error (is the disk full?)', '输入输出错误（磁盘是否已满？）'),
	cannotMoveAside: (file: string, problem: Text, why: Text) =>
		both(
			`${file} is ${problem.en} and cannot be moved aside (${why.en})`,
			`${file} ${problem.zh}，且无法移开（${why.zh}）`,
		),
	cannotStartAfresh: (file: string) =>
		both(`${file} could not be started afresh`, `${file} 无法重新建立`),
	legacyNotImported: (file: string, problem: Text) =>
		both(
			`${file}: ${problem.en}; its positions were not imported (the file is left as it is)`,
			`${file}：${problem.zh}；其中的阅读位置未导入（文件保持原样）`,
		),
	notPositionsFile: both('not a positions file', '不是阅读位置文件'),
} as const;
