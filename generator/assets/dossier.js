// Arriving from a search result (?h=words), bring the first match into view. Material's
// search.highlight marks the words on the page but leaves it at its top, and a topic page's match is
// usually a quote further down. A reader who has scrolled already, or followed a link to an anchor,
// is left where they are.
(function () {
  "use strict";
  var content = document.querySelector(".md-content");
  if (!content || !new URLSearchParams(location.search).get("h") || location.hash) return;
  function bring() {
    var mark = content.querySelector("mark[data-md-highlight]");
    if (!mark) return false;
    if (window.scrollY === 0) (mark.closest("p, li, td, th, h1, h2, h3") || mark).scrollIntoView({block: "center"});
    return true;
  }
  if (bring()) return;
  var watch = new MutationObserver(function () { if (bring()) watch.disconnect(); });
  watch.observe(content, {childList: true, subtree: true});
  setTimeout(function () { watch.disconnect(); }, 10000);
})();
