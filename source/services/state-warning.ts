// A problem met opening the saved state, as one sanitized line: the app's notice and the CLI's
// stderr say it the same way.
import type {Lang} from '../i18n/lang.js';
import {strings} from '../i18n/strings.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {StateWarning} from './state-store.js';

export function stateWarningText(warning: StateWarning, lang: Lang): string {
	const text = strings[lang];
	switch (warning.kind) {
		case 'moved-aside':
			return sanitizeLine(text.stateMovedAside(warning.movedTo, warning.reason[lang]));
		case 'unreadable':
			return sanitizeLine(text.stateUnreadable(warning.reason[lang]));
		case 'unwritable':
			return sanitizeLine(text.stateUnwritable(warning.reason[lang]));
	}
}
