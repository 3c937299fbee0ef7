// CloudFront Function (cloudfront-js-2.0), viewer request. Paths with a file extension
// (hashed chunks, config.json, favicon) go to S3 unchanged, so a missing chunk stays an error
// instead of turning into HTML with status 200. The public pages have their own pre-rendered
// HTML, which paints before any script runs (src/app/prerender/pages.ts); the other app
// routes get the client-rendered shell, /index.html; any other path, the not-found page.
// The same file runs in `npm run preview:prod` and its unit test; keep it free of exports.
var PAGES = {
  '/': 'home',
  '/sign-in': 'sign-in',
  '/sign-up': 'sign-up',
  '/forgot-password': 'forgot-password',
};
// src/config/paths.ts: each of these and anything beneath it (the sign-in steps...).
var APP_ROUTES = [
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/reset-password',
  '/auth/callback',
  '/profile',
  '/notes',
  '/files',
  '/admin',
  '/account',
  '/goodbye',
];

function isAppRoute(uri) {
  return APP_ROUTES.some((route) => uri === route || uri.indexOf(`${route}/`) === 0);
}

// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls the global `handler`.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') !== -1) return request;
  if (Object.hasOwn(PAGES, uri)) {
    request.uri = `/_pages/${PAGES[uri]}.html`;
  } else if (isAppRoute(uri)) {
    request.uri = '/index.html';
  } else {
    request.uri = '/_pages/not-found.html';
  }
  return request;
}
