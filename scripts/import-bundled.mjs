// Regenerates reports/*.md from the raw copies in reports/raw/ with the project's importer.
import {execFileSync} from 'node:child_process';
import {readdirSync} from 'node:fs';

for (const name of readdirSync('reports/raw')
	.filter((file) => file.endsWith('.txt'))
	.sort()) {
	execFileSync(
		process.execPath,
		['dist/cli.js', 'import', `reports/raw/${name}`, '--out', 'reports'],
		{
			stdio: 'inherit',
		},
	);
}
