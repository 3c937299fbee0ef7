// CloudFront Function (cloudfront-js-2.0), viewer request. Every app route is a deep link
// into the SPA: a path whose last segment has no file extension is served /index.html.
// Paths with an extension (hashed chunks, config.json, favicon) go to S3 unchanged, so a
// missing chunk stays an error instead of turning into index.html with status 200.
// The same file runs in `npm run preview:prod` and its unit test; keep it free of exports.
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls the global `handler`.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
