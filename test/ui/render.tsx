// The app with the fixture reports and real services, rendered at a chosen size.
import type {Lang} from '../../source/i18n/lang.js';
import type {Report} from '../../source/corpus/types.js';
import {App, type PositionKeeper} from '../../source/ui/app/App.js';
import {type AppServices, createServices} from '../../source/services/services.js';
import {fixtureReports} from './fixtures.js';
import type {EffectPorts} from '../../source/ui/app/run-effect.js';
import {type Rendered, renderAt} from './helpers.js';

export type AppOptions = {
	columns?: number;
	rows?: number;
	lang?: Lang;
	color?: boolean;
	reports?: Report[];
	services?: AppServices;
	positions?: PositionKeeper;
	notice?: string;
	/** The clipboard, bookmarks and pager the keys reach (see run-effect.ts). */
	ports?: EffectPorts;
};

export function renderApp(options: AppOptions = {}): Promise<Rendered> {
	const reports = options.reports ?? fixtureReports();
	return renderAt(
		<App
			reports={reports}
			lang={options.lang ?? 'en'}
			color={options.color ?? true}
			services={options.services ?? createServices(reports)}
			positions={options.positions}
			notice={options.notice}
			ports={options.ports}
		/>,
		options.columns ?? 80,
		options.rows ?? 24,
	);
}
