// Running the CLI as a user would, timed from spawn to exit, with its peak memory as the CLI
// itself reports it (BAOGAO_RESOURCE_REPORT names a file it writes on exit).
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';

/** Wall time of one run, its exit status, and what the CLI reported about itself. */
export function timeRun(command, args, {env, cwd, reportDir}) {
	const report = reportDir ? path.join(reportDir, `report-${process.pid}-${Date.now()}.json`) : '';
	const started = process.hrtime.bigint();
	const result = spawnSync(command, args, {
		cwd,
		env: report ? {...env, BAOGAO_RESOURCE_REPORT: report} : env,
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 1024 * 1024 * 1024,
	});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.error) throw result.error;
	if (result.status !== 0 && result.status !== 1) {
		throw new Error(
			`${command} ${args.join(' ')} exited with ${result.status}: ${String(result.stderr).slice(0, 2000)}`,
		);
	}
	return {ms, status: result.status, stdoutBytes: result.stdout.length, self: readReport(report)};
}

export function readReport(file) {
	if (!file || !existsSync(file)) return undefined;
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	} finally {
		rmSync(file, {force: true});
	}
}

/** The path of a program on PATH (or a usual place), or undefined. */
export function findProgram(name, places = ['/usr/bin', '/bin', '/usr/local/bin']) {
	const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...places];
	for (const dir of dirs) {
		const file = path.join(dir, name);
		if (existsSync(file)) return file;
	}
	return undefined;
}
