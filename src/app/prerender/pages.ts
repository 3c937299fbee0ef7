import { paths } from '../../config/paths';

/** A public page published as HTML that already shows it, and hydrated in the browser. */
export interface PrerenderedPage {
  /** Names the object: `_pages/<name>.html`. */
  readonly name: string;
  /** The URL path it shows; `*` for the not-found page, which any unknown path shows. */
  readonly path: string;
  /** Its route module, as Vite's manifest names it, for the page's CSS and chunks. */
  readonly route: string;
}

/**
 * The pages someone signed out can land on cold. Pages that need a session, a step in
 * progress or a search param stay client-rendered: their HTML could only show a guess.
 * infra/functions/spa-rewrite.js maps the same paths to these objects (a test checks it).
 */
export const PRERENDERED_PAGES: readonly PrerenderedPage[] = [
  { name: 'home', path: paths.home.path, route: 'src/app/routes/home.tsx' },
  { name: 'sign-in', path: paths.auth.signIn.path, route: 'src/app/routes/sign-in.tsx' },
  { name: 'sign-up', path: paths.auth.signUp.path, route: 'src/app/routes/sign-up.tsx' },
  {
    name: 'forgot-password',
    path: paths.auth.forgotPassword.path,
    route: 'src/app/routes/forgot-password.tsx',
  },
  { name: 'not-found', path: '*', route: 'src/app/routes/not-found.tsx' },
];

export const pageKey = (page: PrerenderedPage) => `_pages/${page.name}.html`;
