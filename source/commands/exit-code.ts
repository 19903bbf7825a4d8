// Every exit status baogao uses, in one place: the commands return these, help and the README
// list them.
export const exitCodes = {
	ok: 0,
	/** A search (or a theme) found nothing. */
	notFound: 1,
	/** A usage error, or a file that cannot be read or written. */
	usage: 2,
	/** Done, but some report files could not be loaded. */
	partial: 3,
	/** An unexpected error: a bug (EX_SOFTWARE in sysexits.h). */
	internal: 70,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export const exitCodeMeanings: Record<ExitCode, {en: string; zh: string}> = {
	0: {
		en: 'done (also when the reader of a pipe closed it early)',
		zh: '完成（管道另一端提前关闭时也是 0）',
	},
	1: {en: 'a search found nothing', zh: '搜索没有结果'},
	2: {
		en: 'usage error, or a file that cannot be read or written',
		zh: '用法错误，或文件无法读取或写入',
	},
	3: {
		en: 'done, but some report files could not be loaded (each is named on stderr)',
		zh: '完成，但有报告文件无法加载（逐一列在 stderr）',
	},
	70: {
		en: 'an unexpected error (BAOGAO_DEBUG=1 shows the details)',
		zh: '意外错误（BAOGAO_DEBUG=1 显示详情）',
	},
};
