// Folds text to one script and one punctuation width before matching, so a catalogue written
// in simplified characters also finds 會員 and 集體協商 in the traditional-script reports.
import {Converter} from 'opencc-js/t2cn';

const toSimplified = Converter({from: 't', to: 'cn'});

/** Simplified characters, half-width ASCII punctuation and digits (NFKC), same words. */
export function foldScript(text: string): string {
	return toSimplified(text.normalize('NFKC'));
}
