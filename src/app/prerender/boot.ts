// Runs before the first paint of a pre-rendered page, as a classic script: no imports (an
// import would make it a module, which runs after the paint). The HTML shows what someone
// signed out sees at one path; when this browser will show something else (a stored session,
// another path, a search param), hide it until the app renders, rather than flash it. Forms
// wait for the app; the app starts once the page is painted. Loaded only by pre-rendered
// pages (prerender/page-html.ts), which name the app's entry; CSS in prerender.css.
export {};

// In a function: a classic script's top-level names would become globals.
(() => {
  const html = document.documentElement;
  const shows = html.dataset.prerendered;

  // Amplify keeps the signed-in user under this key, in localStorage or (tokenStorage
  // "session") sessionStorage.
  const SESSION_KEY = /^CognitoIdentityServiceProvider\..+\.LastAuthUser$/;

  function hasStoredSession(): boolean {
    try {
      for (const storage of [localStorage, sessionStorage]) {
        for (let i = 0; i < storage.length; i += 1) {
          if (SESSION_KEY.test(storage.key(i) ?? '')) return true;
        }
      }
    } catch {
      // Storage blocked: then no session could have been stored either.
    }
    return false;
  }

  // The HTML is in <html lang>, the config's default language. The app picks among
  // data-locales as lib/i18n/resolve-locale.ts does: this browser's stored choice
  // (stored-locale.ts's key), else its preferred languages, exact or by language.
  function prefersOtherLanguage(): boolean {
    const offered = (html.dataset.locales ?? '').split(' ').filter(Boolean);
    let stored: string | null = null;
    try {
      stored = localStorage.getItem('app.locale');
    } catch {
      // Storage blocked: nothing was stored either.
    }
    for (const tag of [stored, ...navigator.languages]) {
      const wanted = tag?.toLowerCase() ?? '';
      const match =
        offered.find((locale) => locale.toLowerCase() === wanted) ??
        offered.find((locale) => locale.toLowerCase() === wanted.split(/[-_]/)[0]);
      if (wanted && match) return match !== html.lang;
    }
    return false;
  }

  const stale =
    shows !== undefined &&
    ((shows !== '*' && location.pathname !== shows) ||
      location.search !== '' ||
      hasStoredSession() ||
      prefersOtherLanguage());
  if (stale) html.classList.add('prerender-stale');

  // The HTML offers passkeys (src/lib/webauthn/use-passkeys-supported.ts renders them during
  // hydration); the same test as passkey-support.ts hides them where they cannot work.
  if (
    !(
      window.isSecureContext &&
      'credentials' in navigator &&
      typeof PublicKeyCredential === 'function'
    )
  ) {
    html.classList.add('no-passkeys');
  }

  // Before the app runs, a form would submit itself as a GET, the password in the URL, and
  // its buttons do nothing: the last submit or button press waits, marked, and the app makes
  // it once it has taken over (hydrate-prerendered.tsx).
  const hold = (event: Event, element: HTMLElement | null | undefined, kind: string) => {
    if (!element || html.dataset.app !== undefined) return;
    event.preventDefault();
    for (const held of document.querySelectorAll('[data-held]')) held.removeAttribute('data-held');
    element.dataset.held = kind;
  };
  document.addEventListener(
    'click',
    (event) =>
      hold(event, (event.target as Element).closest?.<HTMLElement>('#root button'), 'click'),
    true,
  );
  document.addEventListener(
    'submit',
    (event) => hold(event, event.target as HTMLElement, 'submit'),
    true,
  );

  // The app's JavaScript need not load or run before the page is on screen: it starts after
  // the first paint, at once in a tab nobody sees, and at the latest after a few seconds
  // where the browser reports no paint. The page names its scripts, entry first.
  let started = false;
  const startApp = () => {
    const [entry, ...chunks] =
      document.querySelector<HTMLMetaElement>('meta[name="app-scripts"]')?.content.split(' ') ?? [];
    if (started || !entry) return;
    started = true;
    for (const href of chunks) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  };
  const afterFirstPaint = () => {
    // Nothing to wait for where the page is hidden, or not this browser's page.
    if (stale || document.visibilityState === 'hidden') return startApp();
    setTimeout(startApp, 3000);
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(startApp);
    }).observe({ type: 'paint', buffered: true });
  };
  document.addEventListener('DOMContentLoaded', afterFirstPaint);
})();
