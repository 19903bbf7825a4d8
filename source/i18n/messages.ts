// The messages of loading, importing and removing reports, in both languages. `problems` is what
// can be wrong with a report file, a file to import or a path: the loader and the importer say it
// once, and each caller prints it in the user's language. Values from files (ids, keys, YAML
// errors) are put in as they are; whoever prints a message sanitizes the whole line.
import type {Text} from './lang.js';

const both = (en: string, zh: string): Text => ({en, zh});

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
	unknownLevel: (level: string, choices?: readonly string[]) =>
		choices
			? both(
					`unknown level "${level}" (expected ${choices.join(', ')})`,
					`未知级别“${level}”（应为 ${choices.join('、')}）`,
				)
			: both(`unknown level "${level}"`, `未知级别“${level}”`),
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
	authorsNotList: both('authors must be a list of names', 'authors 须是姓名列表'),
	emptyHeading: both('a "##" heading has no text', '有一个“##”标题没有文字'),
	noText: both('the report has no text after the front matter', '前言元数据之后没有正文'),
	isDirectory: both('is a directory, not a report file', '是目录，不是报告文件'),
	isDirectoryNotText: both('is a directory, not a text file', '是目录，不是文本文件'),
	notRegularFile: both('is not a regular file', '不是普通文件'),
	tooLarge: (size: string, limit: string) =>
		both(`too large (${size}; the limit is ${limit})`, `太大（${size}；上限 ${limit}）`),
	tooLargeToImport: both('too large to import', '太大，无法导入'),
	duplicateId: (id: string, earlier: string) =>
		both(
			`duplicate id "${id}" (already used by ${earlier}); skipped`,
			`ID“${id}”重复（已被 ${earlier} 使用）；已跳过`,
		),
	// The file system, by error code.
	doesNotExist: both('does not exist (or is a broken link)', '不存在（或是失效的链接）'),
	linkLoop: both('is a symbolic link loop', '是循环的符号链接'),
	notDirectory: both('is not a directory', '不是目录'),
	permissionDenied: (what: Text) => both(`${what.en}: permission denied`, `${what.zh}：权限不足`),
	readOnly: (what: Text) => both(`${what.en}: read-only file system`, `${what.zh}：只读文件系统`),
	noSpace: (what: Text) =>
		both(`${what.en}: no space left on the device`, `${what.zh}：设备空间已满`),
	quota: (what: Text) => both(`${what.en}: disk quota exceeded`, `${what.zh}：超出磁盘配额`),
	otherFsError: (what: Text, message: string) =>
		both(`${what.en}: ${message}`, `${what.zh}：${message}`),
	cannotReadFile: both('cannot read file', '无法读取文件'),
	cannotReadDirectory: both('cannot read directory', '无法读取目录'),
	cannotWrite: both('cannot write', '无法写入'),
	cannotRemove: both('cannot remove', '无法删除'),
	// Importing.
	overrideYaml: (detail: string) => both(`not valid YAML: ${detail}`, `不是有效的 YAML：${detail}`),
	notKeyValue: (pair: string) =>
		both(`"${pair}" must look like key=value`, `“${pair}”须形如 键=值`),
	overrideNotMap: both('must be a set of "key: value" lines', '须是“键: 值”形式的若干行'),
	unknownKey: (key: string) => both(`unknown key "${key}"`, `未知的键“${key}”`),
	overrideAuthors: both('"authors" must be a list of names', '“authors”须是姓名列表'),
	overrideNotText: (key: string) => both(`"${key}" must be text`, `“${key}”须是文字`),
	noTextLeft: both('no text left after cleaning', '清理后没有剩下正文'),
	onlyTitle: both('no text besides the title', '除标题外没有正文'),
	noImportableFiles: both('no .txt, .html or .docx files', '没有 .txt、.html 或 .docx 文件'),
	bundledId: (id: string) =>
		both(
			`id "${id}" is a bundled report's; choose another with --set id=…`,
			`ID“${id}”属于内置报告；请用 --set id=… 另选一个`,
		),
	differentReport: (target: string, id: string) =>
		both(
			`${target} holds a different report with id "${id}"; --force replaces it`,
			`${target} 中是另一份 ID 为“${id}”的报告；--force 可替换它`,
		),
	idTakenInImport: (id: string) =>
		both(
			`id "${id}" is taken by another file of this import; set one with --set id=…`,
			`ID“${id}”已被本次导入的另一个文件使用；请用 --set id=… 指定`,
		),
	directoryInTheWay: both('a directory of that name is in the way', '已有同名目录'),
	binaryImage: (kind: 'PNG' | 'JPEG' | 'GIF') =>
		both(`a ${kind} image, not text`, `是 ${kind} 图片，不是文本`),
	binaryPdf: both(
		'a PDF document (save it as text or .docx first)',
		'是 PDF 文档（请先另存为文本或 .docx）',
	),
	binaryZip: both(
		'a ZIP archive (a Word file must be named .docx)',
		'是 ZIP 压缩包（Word 文件须以 .docx 命名）',
	),
	badUtf8Start: both('starts as UTF-8 but is not valid UTF-8', '开头是 UTF-8，但不是有效的 UTF-8'),
	badUtf16Start: both(
		'starts as UTF-16 but is not valid UTF-16',
		'开头是 UTF-16，但不是有效的 UTF-16',
	),
	unknownEncoding: both(
		'not text in an encoding baogao reads (UTF-8, UTF-16 with a byte-order mark, GB18030/GBK, Big5)',
		'不是 baogao 能读的编码的文本（UTF-8、带字节序标记的 UTF-16、GB18030/GBK、Big5）',
	),
	/** The reason is the Word reader's own, in English. */
	notDocx: (reason: string) =>
		both(
			`not a Word document baogao can read (${reason})`,
			`不是 baogao 能读的 Word 文档（${reason}）`,
		),
} as const;

/** What `baogao import` says about each file. */
export const importing = {
	wouldGoTo: (file: string, target: string) =>
		both(`${file}: would go to ${target}`, `${file}：将写入 ${target}`),
	summary: (
		dryRun: boolean,
		file: string,
		how: string,
		notes: {
			sections: number;
			paragraphs: number;
			captions: number;
			joined: number;
			dropped: number;
			movedClosing: boolean;
		},
	) =>
		both(
			`${dryRun ? 'would import' : 'imported'} ${file} (${how}): ${notes.sections} sections, ${notes.paragraphs} paragraphs, ` +
				`${notes.captions} captions; rejoined ${notes.joined} split paragraphs; dropped ${notes.dropped} blocks of page chrome` +
				(notes.movedClosing ? '; moved the closing paragraph to the end' : ''),
			`${dryRun ? '将导入' : '已导入'} ${file}（${how}）：${notes.sections} 节、${notes.paragraphs} 段、` +
				`${notes.captions} 条图片说明；接合了 ${notes.joined} 处断开的段落；去掉了 ${notes.dropped} 块网页杂项` +
				(notes.movedClosing ? '；结束语已移到末尾' : ''),
		),
	line: (line: number) => both(`line ${line}`, `第 ${line} 行`),
	page: both('page', '网页'),
	outsideArticle: both('outside the article', '正文之外'),
	dropped: (where: string, rule: string, text: string) =>
		both(`dropped ${where} (${rule}): ${text}`, `去掉 ${where}（${rule}）：${text}`),
	warning: (text: string) => both(`warning: ${text}`, `注意：${text}`),
	garbled: (count: number) =>
		both(`${count} garbled spots kept as they are:`, `${count} 处乱码保持原样：`),
} as const;

/** What `baogao remove` says. */
export const removing = {
	bundled: (id: string) =>
		both(
			`"${id}" is a bundled report; only imported reports can be removed`,
			`“${id}”是内置报告；只能删除导入的报告`,
		),
	notInLibrary: (id: string, library: string) =>
		both(
			`no report "${id}" in your library (${library})`,
			`你的报告库（${library}）中没有报告“${id}”`,
		),
	removed: (id: string, file: string) => both(`removed ${id} (${file})`, `已删除 ${id}（${file}）`),
} as const;
