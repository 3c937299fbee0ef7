import { useCallback, useEffect, useState } from 'react';

/**
 * Returns `focus(id)`: focuses that element after the next render. For moving focus to
 * something the same update renders (an error, a form), or away from a button it removes.
 */
export function useFocusLater(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string }>();
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);
  return useCallback((id: string) => setRequest({ id }), []);
}
