// A file-system error in words a user can act on, from its code: the loader's problems and the
// state store's warnings say "permission denied" or "no space left on the device" the same way,
// and anything else as Node words it.

/** "permission denied", "read-only file system", ... or the error's own message. */
export function fsErrorWords(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EROFS':
			return 'read-only file system';
		case 'ENOSPC':
			return 'no space left on the device';
		case 'EDQUOT':
			return 'disk quota exceeded';
		case 'ENOTDIR':
			return 'a part of the path is not a directory';
		case 'EIO':
			return 'input/output error';
		default:
			return error instanceof Error ? error.message : String(error);
	}
}
