// What `baogao import` says about each file (and `baogao remove` about a report), in both
// languages. File names and text from the
// input are sanitized here, so no caller can forget it.
import type {Said} from '../ingest/messages.js';
import {sanitizeLine} from '../text/sanitize.js';

const s = sanitizeLine;

type ImportCounts = {
	sections: number;
	paragraphs: number;
	captions: number;
	joined: number;
	dropped: number;
	movedClosing: boolean;
};

export const importSays = {
	needsPath: {
		en: 'import needs a file or folder: baogao import PATH... [--out DIR] [--dry-run] [--json] [--set KEY=VALUE] [--force]',
		zh: 'import 需要文件或文件夹：baogao import 路径... [--out 目录] [--dry-run] [--json] [--set 键=值] [--force]',
	},
	noFiles: (paths: readonly string[]): Said => ({
		en: `${paths.map(s).join(', ')}: no .txt, .html or .docx files`,
		zh: `${paths.map(s).join('、')}：没有 .txt、.html 或 .docx 文件`,
	}),
	emptyFile: {en: 'empty file', zh: '空文件'},
	png: {en: 'a PNG image, not text', zh: '是 PNG 图片，不是文字'},
	jpeg: {en: 'a JPEG image, not text', zh: '是 JPEG 图片，不是文字'},
	gif: {en: 'a GIF image, not text', zh: '是 GIF 图片，不是文字'},
	pdf: {
		en: 'a PDF document (save it as text or .docx first)',
		zh: '是 PDF 文档（请先另存为文字或 .docx）',
	},
	zip: {
		en: 'a ZIP archive (a Word file must be named .docx)',
		zh: '是 ZIP 压缩包（Word 文件须以 .docx 命名）',
	},
	binary: {en: 'binary file (contains NUL bytes)', zh: '二进制文件（含 NUL 字节）'},
	directory: {en: 'is a directory, not a text file', zh: '是文件夹，不是文字文件'},
	notRegular: {en: 'is not a regular file', zh: '不是普通文件'},
	tooLarge: {en: 'too large to import', zh: '太大，无法导入'},
	bundledId: (id: string): Said => ({
		en: `id "${s(id)}" is a bundled report's; choose another with --set id=…`,
		zh: `ID“${s(id)}”属于自带报告；请用 --set id=… 另选一个`,
	}),
	otherReport: (target: string, id: string): Said => ({
		en: `${s(target)} holds a different report with id "${s(id)}"; --force replaces it`,
		zh: `${s(target)} 中是另一份 ID 为“${s(id)}”的报告；--force 可替换它`,
	}),
	idTakenHere: (id: string): Said => ({
		en: `id "${s(id)}" is taken by another file of this import; set one with --set id=…`,
		zh: `ID“${s(id)}”已被本次导入的另一个文件占用；请用 --set id=… 设置`,
	}),
	dirInTheWay: {en: 'a directory of that name is in the way', zh: '同名的文件夹挡在那里'},
	notADirectory: {en: 'is not a directory', zh: '不是文件夹'},
	wouldGo: (file: string, target: string): Said => ({
		en: `${s(file)}: would go to ${s(target)}`,
		zh: `${s(file)}：将写入 ${s(target)}`,
	}),
	summary: (dryRun: boolean, file: string, how: string, counts: ImportCounts): Said => ({
		en:
			`${dryRun ? 'would import' : 'imported'} ${s(file)} (${s(how)}): ` +
			`${counts.sections} sections, ${counts.paragraphs} paragraphs, ` +
			`${counts.captions} captions; rejoined ${counts.joined} split paragraphs; ` +
			`dropped ${counts.dropped} blocks of page chrome` +
			(counts.movedClosing ? '; moved the closing paragraph to the end' : ''),
		zh:
			`${dryRun ? '将导入' : '已导入'} ${s(file)}（${s(how)}）：` +
			`${counts.sections} 节，${counts.paragraphs} 段，${counts.captions} 条图片说明；` +
			`接回 ${counts.joined} 处被拆开的段落；去掉 ${counts.dropped} 块页面杂项` +
			(counts.movedClosing ? '；把结尾段移到了最后' : ''),
	}),
	/** Where a field's evidence is: a line of the input, or the page's own metadata. */
	where: (line: number | null): Said =>
		line ? {en: `line ${line}`, zh: `第 ${line} 行`} : {en: 'page', zh: '页面'},
	droppedAt: (line: number): Said =>
		line ? {en: `line ${line}`, zh: `第 ${line} 行`} : {en: 'outside the article', zh: '正文之外'},
	dropped: (where: string, reason: string, text: string): Said => ({
		en: `dropped ${where} (${reason}): ${s(text)}`,
		zh: `去掉${where}（${reason}）：${s(text)}`,
	}),
	warning: (text: string): Said => ({en: `warning: ${s(text)}`, zh: `注意：${s(text)}`}),
	garbled: (count: number): Said => ({
		en: `${count} garbled spots kept as they are:`,
		zh: `${count} 处乱码，原样保留：`,
	}),
	garbledAt: (line: number, column: number, context: string): Said => ({
		en: `line ${line}:${column}: ${s(context)}`,
		zh: `第 ${line} 行第 ${column} 列：${s(context)}`,
	}),
} as const;

/** What `baogao remove` says. */
export const removeSays = {
	needsId: {
		en: 'remove needs a report id: baogao remove ID',
		zh: 'remove 需要报告 ID：baogao remove ID',
	},
	bundled: (id: string): Said => ({
		en: `"${s(id)}" is a bundled report; only imported reports can be removed`,
		zh: `“${s(id)}”是自带报告；只能删除导入的报告`,
	}),
	notInLibrary: (id: string, library: string): Said => ({
		en: `no report "${s(id)}" in your library (${s(library)})`,
		zh: `你的报告库（${s(library)}）中没有报告“${s(id)}”`,
	}),
	removed: (id: string, file: string): Said => ({
		en: `removed ${s(id)} (${s(file)})`,
		zh: `已删除 ${s(id)}（${s(file)}）`,
	}),
} as const;
