import { createEmulator, type Emulator } from './core/emulator.ts';
import { fileSaver, loadState } from './persistence.ts';

/** The emulator a developer runs: codes on the console, optionally kept in a file across restarts. */
export function createLocalEmulator(options: {
  stateFile?: string;
  issuerBase?: string;
  logCodes?: boolean;
}): {
  emulator: Emulator;
  flush(): void;
} {
  const saver = options.stateFile ? fileSaver(options.stateFile) : undefined;
  const emulator = createEmulator({
    logCodes: options.logCodes ?? true,
    issuerBase: options.issuerBase,
    state: options.stateFile ? loadState(options.stateFile) : undefined,
    onChange: saver?.save,
  });
  return { emulator, flush: () => saver?.flush() };
}
