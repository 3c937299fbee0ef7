import { useEffect, useState } from 'react';

/** The current time in epoch seconds, re-rendering every `intervalMs`. */
export function useNowSeconds(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now() / 1000), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
