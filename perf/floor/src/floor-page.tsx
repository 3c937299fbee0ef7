import { type FormEvent, useState } from 'react';

/** A static page the size of a sign-in form: a heading, a paragraph, a field and a button. */
export function FloorPage() {
  const [sent, setSent] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(true);
  };
  return (
    <main style={{ maxWidth: 640, margin: '0 auto', padding: 16, fontFamily: 'system-ui' }}>
      <h1>Sign in</h1>
      <p>Enter the email address you signed up with, and we will take it from there.</p>
      <form onSubmit={submit}>
        <label>
          Email <input type="email" name="email" autoComplete="username" required />
        </label>{' '}
        <button type="submit">{sent ? 'Sent' : 'Continue'}</button>
      </form>
    </main>
  );
}
