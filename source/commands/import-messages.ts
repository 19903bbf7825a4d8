// What `baogao import` says about each file (and `baogao remove` about a report), in both
// languages. Why a file is refused is the importer's (ingest/messages.ts) or any file's
// (i18n/messages.ts). File names and text from the input are sanitized here, so no caller can
// forget it.
import {formatCount} from '../i18n/count.js';
import {countOf, type Text} from '../i18n/lang.js';
import {sanitizeLine} from '../text/sanitize.js';

const s = sanitizeLine;
const lineNumber = (line: number): Text => ({en: `line ${line}`, zh: `第 ${line} 行`});

type ImportCounts = {
	sections: number;
	paragraphs: number;
	captions: number;
	joined: number;
	dropped: number;
	movedClosing: boolean;
};

export const importSays = {
	noFiles: (paths: readonly string[]): Text => ({
		en: `${paths.map(s).join(', ')}: no .txt, .html or .docx files`,
		zh: `${paths.map(s).join('、')}：没有 .txt、.html 或 .docx 文件`,
	}),
	bundledId: (id: string): Text => ({
		en: `id "${s(id)}" is a bundled report's; choose another with --set id=…`,
		zh: `ID“${s(id)}”属于自带报告；请用 --set id=… 另选一个`,
	}),
	otherReport: (target: string, id: string): Text => ({
		en: `${s(target)} holds a different report with id "${s(id)}"; --force replaces it`,
		zh: `${s(target)} 中是另一份 ID 为“${s(id)}”的报告；--force 可替换它`,
	}),
	idTakenHere: (id: string): Text => ({
		en: `id "${s(id)}" is taken by another file of this import; set one with --set id=…`,
		zh: `ID“${s(id)}”已被本次导入的另一个文件占用；请用 --set id=… 设置`,
	}),
	dirInTheWay: {en: 'a directory of that name is in the way', zh: '同名的文件夹挡在那里'},
	wouldGo: (file: string, target: string): Text => ({
		en: `${s(file)}: would go to ${s(target)}`,
		zh: `${s(file)}：将写入 ${s(target)}`,
	}),
	summary: (dryRun: boolean, file: string, how: string, counts: ImportCounts): Text => ({
		en:
			`${dryRun ? 'would import' : 'imported'} ${s(file)} (${s(how)}): ` +
			`${countOf(counts.sections, 'section')}, ${countOf(counts.paragraphs, 'paragraph')}, ` +
			`${countOf(counts.captions, 'caption')}; ` +
			`rejoined ${countOf(counts.joined, 'split paragraph')}; ` +
			`dropped ${countOf(counts.dropped, 'block')} of page chrome` +
			(counts.movedClosing ? '; moved the closing paragraph to the end' : ''),
		zh:
			`${dryRun ? '将导入' : '已导入'} ${s(file)}（${s(how)}）：` +
			`${formatCount(counts.sections)} 节，${formatCount(counts.paragraphs)} 段，` +
			`${formatCount(counts.captions)} 条图片说明；` +
			`接回 ${formatCount(counts.joined)} 处被拆开的段落；` +
			`去掉 ${formatCount(counts.dropped)} 块页面杂项` +
			(counts.movedClosing ? '；把结尾段移到了最后' : ''),
	}),
	/** Where a field's evidence is: a line of the input, or the page's own metadata. */
	where: (line: number | null): Text => (line ? lineNumber(line) : {en: 'page', zh: '页面'}),
	/** A dry run's field: its value, then where and how it was found. */
	field: (name: string, value: string, where: string, evidence: string): Text => ({
		en: `${name}: ${s(value)}  (${where}: ${s(evidence)})`,
		zh: `${name}：${s(value)}  （${where}：${s(evidence)}）`,
	}),
	droppedAt: (line: number): Text =>
		line ? lineNumber(line) : {en: 'outside the article', zh: '正文之外'},
	dropped: (where: string, reason: string, text: string): Text => ({
		en: `dropped ${where} (${reason}): ${s(text)}`,
		zh: `去掉${where}（${reason}）：${s(text)}`,
	}),
	warning: (text: string): Text => ({en: `warning: ${s(text)}`, zh: `注意：${s(text)}`}),
	garbled: (count: number): Text => ({
		en: `${countOf(count, 'garbled spot')} kept as they are:`,
		zh: `${formatCount(count)} 处乱码，原样保留：`,
	}),
	garbledAt: (line: number, column: number, context: string): Text => ({
		en: `line ${line}:${column}: ${s(context)}`,
		zh: `第 ${line} 行第 ${column} 列：${s(context)}`,
	}),
} as const;

/** What `baogao remove` says. */
export const removeSays = {
	bundled: (id: string): Text => ({
		en: `"${s(id)}" is a bundled report; only imported reports can be removed`,
		zh: `“${s(id)}”是自带报告；只能删除导入的报告`,
	}),
	notInLibrary: (id: string, library: string): Text => ({
		en: `no report "${s(id)}" in your library (${s(library)})`,
		zh: `你的报告库（${s(library)}）中没有报告“${s(id)}”`,
	}),
	removed: (id: string, file: string): Text => ({
		en: `removed ${s(id)} (${s(file)})`,
		zh: `已删除 ${s(id)}（${s(file)}）`,
	}),
} as const;
