/**
 * For the signal test: a process that starts a temporary file the way `writeAtomic` does, says
 * where it is, and waits to be killed. Run as `node --import tsx src/cli/signal-probe.ts <target>`.
 */
import { beginTemporary, removeTemporaryFilesOnSignals } from './io.ts';

const [target] = process.argv.slice(2);
if (target === undefined) throw new Error('name the target file');
removeTemporaryFilesOnSignals();
const tmp = await beginTemporary(target);
process.stdout.write(`${tmp}\n`);
// Keep the process alive until a signal ends it.
setInterval(() => undefined, 60_000);
