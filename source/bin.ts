// The `baogao` command. Node's compile cache must be on before the CLI's modules are compiled,
// so this file only turns it on and then loads them: compiled code is reused between runs, and
// start-up is a large part of a quick lookup.
import module from 'node:module';

module.enableCompileCache?.();
await import('./cli.js');
