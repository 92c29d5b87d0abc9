// Start fetching the text named by ?doc= while the app's code loads (dz-app asks for the same
// URL, texts/<id>.json, and the browser hands it this response). A file, not an inline script,
// so the Content-Security-Policy needs no 'unsafe-inline'.
(function () {
  var doc = new URLSearchParams(location.search).get('doc');
  if (!doc || doc.indexOf('local:') === 0) return;
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = 'texts/' + encodeURIComponent(doc) + '.json';
  document.head.appendChild(link);
})();
