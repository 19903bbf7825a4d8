// Loading Ink with the global fetch hidden for the while: Ink's layout engine (yoga) is
// WebAssembly inlined as base64, and its loader "fetches" those bytes through Node's HTTP
// client when fetch exists, loading that client (some 30 ms) for nothing; without fetch it
// decodes them directly.
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	const hide = fetch?.configurable === true;
	if (hide) Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true});
	try {
		return await load();
	} finally {
		if (hide) Object.defineProperty(globalThis, 'fetch', fetch);
	}
}
