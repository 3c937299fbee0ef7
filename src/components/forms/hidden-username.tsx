/** Tells password managers which account the form's password belongs to; nothing shows. */
export function HiddenUsername({ username }: { username: string }) {
  return (
    <input type="text" hidden readOnly name="username" autoComplete="username" value={username} />
  );
}
