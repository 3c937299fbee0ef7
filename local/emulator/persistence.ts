import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EmulatorState } from './core/types.ts';

/** Reads a saved state; a missing file is a fresh start, a corrupt one is an error worth seeing. */
export function loadState(file: string): EmulatorState | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as EmulatorState;
  if (parsed?.version !== 1 || typeof parsed.pools !== 'object') {
    throw new Error(`${file} is not an emulator state file (delete it to start fresh)`);
  }
  return parsed;
}

/** Writes at most every 200 ms, atomically, so a crash never leaves half a file. */
export function fileSaver(file: string): { save(state: EmulatorState): void; flush(): void } {
  let pending: EmulatorState | undefined;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(pending));
    renameSync(`${file}.tmp`, file);
    pending = undefined;
  };
  return {
    save(state) {
      pending = state;
      timer ??= setTimeout(flush, 200);
    },
    flush,
  };
}
