import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../local/stack/start-stack.ts';
import { demoAccessToken } from './demo-access-token.ts';

const stacks: Stack[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function notesOf(stack: Stack, token: string): Promise<{ text: string }[]> {
  const response = await fetch(`${stack.urls.api}/api/notes`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { notes: { text: string }[] }).notes;
}

describe('the local stack keeps its data', () => {
  it('has a note written before a restart still there after it, and --fresh clears it', async () => {
    const state = mkdtempSync(join(tmpdir(), 'stack-state-'));
    dirs.push(state);
    const options = {
      quiet: true,
      stateFile: join(state, 'cognito.json'),
      dynamoDataDir: join(state, 'dynamodb'),
    };
    const first = await startStack(options);
    stacks.push(first);
    const token = await demoAccessToken(first);
    const written = await fetch(`${first.urls.api}/api/notes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'survives a restart' }),
    });
    expect(written.status).toBe(201);
    await stacks.pop()?.close();

    const second = await startStack(options);
    stacks.push(second);
    expect(await notesOf(second, await demoAccessToken(second))).toEqual([
      expect.objectContaining({ text: 'survives a restart' }),
    ]);
    await stacks.pop()?.close();

    const fresh = await startStack({ ...options, freshData: true });
    stacks.push(fresh);
    expect(await notesOf(fresh, await demoAccessToken(fresh))).toEqual([]);
  }, 60_000);
});
