import { useCallback, useEffect, useRef, useState } from 'react';

/** Says something to screen readers through the page's status line. */
export type Announce = (message: string) => void;

/**
 * The page's polite status line: `message` goes in a role="status" element, `announce` sets
 * it. The line is emptied first, so the same news twice ("Passkey deleted.") is read twice.
 */
export function useAnnouncer(): { message: string; announce: Announce } {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback((next: string) => {
    clearTimeout(timer.current);
    setMessage('');
    // A later task: screen readers notice a change only if the empty line rendered first.
    timer.current = setTimeout(() => setMessage(next), 50);
  }, []);
  return { message, announce };
}
