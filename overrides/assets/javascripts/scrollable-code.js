/*
  A code block that scrolls sideways can be focused, so a keyboard reader can scroll it, before it
  has ever been on screen.

  With `content.lazy` (mkdocs.yml), Material sets a code block up (copy button, and tabindex="0"
  when it scrolls sideways on a device with a pointer that hovers) only when the block first comes
  into view: set up one after another at load, each block made the page be laid out again (136
  layouts on the errors page). Until then a block has no tabindex, and axe's
  scrollable-region-focusable fails. Here every block Material has not set up yet gets Material's
  own answer, for all blocks at once: every width is read first, then every tabindex is written,
  so the page is laid out once. Again after the window is resized; a block Material has set up
  (it has Material's button bar) is Material's to keep up to date.
*/
(function () {
  "use strict"
  var hover = matchMedia("(hover)")

  function notSetUp(code) {
    return !code.parentElement.querySelector(":scope > .md-code__nav")
  }

  function markScrollable() {
    var blocks = Array.prototype.filter.call(document.querySelectorAll("pre:not(.mermaid) > code"), notSetUp)
    // Material's test (components/content/code): content wider than the block itself.
    var scrolls = blocks.map(function (code) { return code.scrollWidth > code.offsetWidth })
    blocks.forEach(function (code, i) {
      if (scrolls[i] && hover.matches) code.setAttribute("tabindex", "0")
      else code.removeAttribute("tabindex")
    })
  }

  markScrollable()
  var pending = 0
  window.addEventListener("resize", function () {
    cancelAnimationFrame(pending)
    pending = requestAnimationFrame(markScrollable)
  })
})()
