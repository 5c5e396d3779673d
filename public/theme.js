/* ?theme=light|dark pins the colour scheme (anything else: the reader's system setting). Runs before
   first paint; it only ever writes one of two fixed values, never the URL's own text. */
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
})();
