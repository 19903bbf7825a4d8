// Copying to the clipboard through the terminal (OSC 52): the terminal, not the program, owns
// the clipboard, so it works over SSH too. The text is base64, so nothing in it can act on the
// terminal; it is sanitized first all the same, so what is pasted holds no controls either
// (and no lone surrogates, which UTF-8 cannot carry).
import {sanitizeText} from './sanitize.js';

/** The most text sent: terminals drop larger OSC 52 payloads (xterm's default limit is 100,000 bytes of base64). */
export const maxClipboardBytes = 74_000;

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

type ClipboardSequence = {
	/** Bytes to write to the terminal. */
	sequence: string;
	/** The text as it will be pasted (sanitized, and cut when too long). */
	text: string;
	truncated: boolean;
};

/**
 * The escape sequence that puts `text` on the clipboard. Inside tmux ($TMUX set) it goes
 * twice: as is, which tmux takes itself when its `set-clipboard` is on, and wrapped in tmux's
 * DCS passthrough (every ESC doubled), which reaches the outer terminal when
 * `allow-passthrough` is on; either way the clipboard gets the same text.
 */
export function clipboardSequence(
	text: string,
	env: {TMUX?: string | undefined} = {},
): ClipboardSequence {
	const {text: kept, truncated} = fitBytes(
		sanitizeText(text).replace(loneSurrogate, '\ufffd'),
		maxClipboardBytes,
	);
	const payload = Buffer.from(kept, 'utf8').toString('base64');
	const osc = `\u001b]52;c;${payload}\u0007`;
	const sequence = env.TMUX
		? `${osc}\u001bPtmux;${osc.replaceAll('\u001b', '\u001b\u001b')}\u001b\\`
		: osc;
	return {sequence, text: kept, truncated};
}

/** Cuts text at a code point boundary so that its UTF-8 form is at most `limit` bytes. */
function fitBytes(text: string, limit: number): {text: string; truncated: boolean} {
	if (Buffer.byteLength(text, 'utf8') <= limit) return {text, truncated: false};
	let bytes = 0;
	let end = 0;
	for (const char of text) {
		const size = Buffer.byteLength(char, 'utf8');
		if (bytes + size > limit) break;
		bytes += size;
		end += char.length;
	}
	return {text: text.slice(0, end), truncated: true};
}
