/**
 * `npm run load [-- --users 20 --seconds 10]`: a bounded load test of the API on the local
 * stack. Starts a fresh stack of its own (emulator, dynalite in memory, the API) on loopback
 * ports, signs in N users, runs them in parallel (create a note, list, delete it) for the
 * given time, prints requests/s, p50/p99 latency and errors, and stops everything. It never
 * takes a URL: it cannot be pointed at anything but the stack it starts.
 */
import { parseArgs } from 'node:util';
import { startStack } from '../local/stack/start-stack.ts';
import { loadReport } from './load/load-report.ts';
import { runUsers } from './load/run-users.ts';
import { signInUsers } from './load/sign-in-users.ts';
import { runMain } from './run-main.ts';

const LIMITS = { users: 200, seconds: 120 } as const;

function readCount(raw: string | undefined, name: keyof typeof LIMITS, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > LIMITS[name]) {
    throw new Error(`--${name} must be a whole number from 1 to ${LIMITS[name]}, got "${raw}"`);
  }
  return value;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { users: { type: 'string' }, seconds: { type: 'string' }, rounds: { type: 'string' } },
  });
  const users = readCount(values.users, 'users', 20);
  const seconds = readCount(values.seconds, 'seconds', 10);
  const maxRounds = values.rounds === undefined ? Number.MAX_SAFE_INTEGER : Number(values.rounds);

  const stack = await startStack({ quiet: true });
  try {
    console.error(`Signing in ${users} users on ${stack.urls.cognito} …`);
    const tokens = await signInUsers(
      {
        cognito: stack.urls.cognito,
        userPoolId: stack.pool.userPoolId,
        clientId: stack.pool.userPoolClientId,
      },
      users,
    );
    console.error(`${users} users creating, listing and deleting notes for ${seconds} s …`);
    const { samples, ms } = await runUsers({ apiUrl: stack.urls.api, tokens, seconds, maxRounds });
    console.log(
      `\n${users} users, ${(ms / 1000).toFixed(1)} s, API ${stack.urls.api} (local stack)\n`,
    );
    console.log(loadReport(samples, ms));
    return samples.some((sample) => !sample.ok) ? 1 : 0;
  } finally {
    await stack.close();
  }
}

runMain(main);
