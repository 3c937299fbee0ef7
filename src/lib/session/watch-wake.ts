/**
 * Calls `wake` when the tab is shown again or the browser comes back online: timers may have
 * slept meanwhile. Returns the unsubscribe function.
 */
export function watchWake(wake: () => void): () => void {
  const onWake = () => {
    if (document.visibilityState !== 'hidden') wake();
  };
  document.addEventListener('visibilitychange', onWake);
  window.addEventListener('online', onWake);
  return () => {
    document.removeEventListener('visibilitychange', onWake);
    window.removeEventListener('online', onWake);
  };
}
