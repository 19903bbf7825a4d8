// Folds text to one script and one punctuation width before matching, so a catalogue written
// in simplified characters also finds 會員 and 集體協商 in the traditional-script reports. The
// fold is the search index's: one UTF-16 unit to one, so offsets into a folded block are
// offsets into the original and each block is folded only once.
import {foldKey} from '../search/fold.js';

/** Simplified characters, half-width punctuation (，→ ,), lower-case Latin; same length. */
export function foldScript(text: string): string {
	return foldKey(text);
}
