// Arriving from a search result (?h=words), bring the first match into view. Material's
// search.highlight marks the words on the page but leaves it at its top, and a topic page's match is
// usually a quote further down. A reader who has scrolled already, or followed a link to an anchor,
// is left where they are. With Material's instant loading (navigation.instant) a page is swapped in
// without reloading this script, so it runs on each page Material announces (document$).
(function () {
  "use strict";
  var watch = null;
  function arrive() {
    if (watch) watch.disconnect();
    var content = document.querySelector(".md-content");
    if (!content || !new URLSearchParams(location.search).get("h") || location.hash) return;
    function bring() {
      var mark = content.querySelector("mark[data-md-highlight]");
      if (!mark) return false;
      if (window.scrollY === 0) (mark.closest("p, li, td, th, h1, h2, h3") || mark).scrollIntoView({block: "center"});
      return true;
    }
    if (bring()) return;
    var observer = new MutationObserver(function () { if (bring()) observer.disconnect(); });
    watch = observer;
    observer.observe(content, {childList: true, subtree: true});
    setTimeout(function () { observer.disconnect(); }, 10000);
  }
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(arrive);
  else arrive();
})();
