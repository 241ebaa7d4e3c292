/*
  The language switcher keeps the reader's place: its links get the current #anchor. Both
  languages have the same heading ids (tests/test_translations.py) and the same API reference ids,
  so the anchor exists on the other page too. Updated whenever the anchor changes, so that opening
  the link in a new tab or copying it keeps the place as well.
*/
(function () {
  "use strict"
  function keepAnchor() {
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
      var target = new URL(link.href)
      target.hash = location.hash
      link.href = target.href
    })
  }
  keepAnchor()
  window.addEventListener("hashchange", keepAnchor)
})()
