/** The newest code the pool "sent" to `username` for `purpose`, read from the local outbox. */
export async function codeFromOutbox(
  cognitoUrl: string,
  username: string,
  purpose: string,
): Promise<string> {
  const response = await fetch(
    `${cognitoUrl}/_local/outbox?username=${encodeURIComponent(username)}`,
  );
  const sent = (await response.json()) as { purpose: string; code: string }[];
  const code = sent.filter((m) => m.purpose === purpose).at(-1)?.code;
  if (!code) throw new Error(`no ${purpose} code for ${username} in the outbox`);
  return code;
}
