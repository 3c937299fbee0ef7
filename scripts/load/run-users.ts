/** One request the load test made: which operation, how long it took, and whether it worked. */
export interface Sample {
  op: 'create' | 'list' | 'delete';
  ms: number;
  ok: boolean;
  /** HTTP status, or the error's name when the request failed before an answer. */
  outcome: string;
}

export interface RunOptions {
  apiUrl: string;
  tokens: readonly string[];
  /** Each user stops starting new rounds after this long. */
  seconds: number;
  /** And after this many rounds, whichever comes first. */
  maxRounds: number;
}

/**
 * Every signed-in user at once, each in a loop of rounds until time (or the round cap) is up:
 * create a note, list the notes, delete the note it created. A user waits for each answer
 * before the next request, as a person clicking would (closed loop): the load follows how
 * fast the API answers and can never run away.
 */
export async function runUsers(options: RunOptions): Promise<{ samples: Sample[]; ms: number }> {
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const timed = async (op: Sample['op'], send: () => Promise<Response>) => {
    const at = performance.now();
    try {
      const response = await send();
      const body = response.status === 204 ? undefined : await response.json();
      samples.push({
        op,
        ms: performance.now() - at,
        ok: response.ok,
        outcome: String(response.status),
      });
      return response.ok ? body : undefined;
    } catch (error) {
      samples.push({ op, ms: performance.now() - at, ok: false, outcome: (error as Error).name });
      return undefined;
    }
  };
  await Promise.all(
    options.tokens.map(async (token, user) => {
      const headers = { authorization: `Bearer ${token}` };
      for (let round = 0; round < options.maxRounds && performance.now() < deadline; round++) {
        const note = (await timed('create', () =>
          fetch(`${options.apiUrl}/api/notes`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ text: `load user ${user + 1} round ${round + 1}` }),
          }),
        )) as { id?: string } | undefined;
        await timed('list', () => fetch(`${options.apiUrl}/api/notes`, { headers }));
        if (note?.id) {
          await timed('delete', () =>
            fetch(`${options.apiUrl}/api/notes/${encodeURIComponent(note.id ?? '')}`, {
              method: 'DELETE',
              headers,
            }),
          );
        }
      }
    }),
  );
  return { samples, ms: performance.now() - started };
}
