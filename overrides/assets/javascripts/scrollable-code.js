/*
  Code blocks that scroll sideways can be focused, so a keyboard reader can scroll them, wherever
  they are on the page; and a code block not yet rendered is as tall as its lines.

  With `content.lazy` (mkdocs.yml), Material sets a code block up (copy button, and tabindex="0"
  when it scrolls sideways on a device with a pointer that hovers) only when the block first comes
  into view: set up one after another at load, each block made the page be laid out again (136
  layouts on the errors page). Until then a block has no tabindex, and axe's
  scrollable-region-focusable fails. And with `content-visibility: auto` (examples.css) a block
  off screen is not laid out: it measures as not scrolling, to Material too, which checks again
  only when the block's size changes, and rendering it does not change its size.

  So every block gets Material's answer here: measured when the block is rendered, and otherwise
  from its longest line and the width of a character of its font. All reads come first and all
  writes after, so the page is laid out once. Again whenever a block starts or stops being
  rendered, and after a resize, after Material's own check (a task after the frame).
*/
(function () {
  "use strict"
  var hover = matchMedia("(hover)")
  var canvas = document.createElement("canvas").getContext("2d")
  // East Asian wide characters take about two columns of a monospace font.
  var WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g

  function columns(code) {
    return code.textContent.split("\n").reduce(function (most, line) {
      return Math.max(most, line.length + (line.match(WIDE) || []).length)
    }, 0)
  }

  // Whether the content of `code` is wider than the block (Material's test, in
  // components/content/code), estimated from its text when it is not rendered.
  function scrolls(code) {
    if (rendered.has(code)) return code.scrollWidth > code.offsetWidth
    var style = getComputedStyle(code)
    canvas.font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(" ")
    var room = code.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    return code.clientWidth > 0 && columns(code) * canvas.measureText("0").width > room
  }

  function markScrollable() {
    var blocks = Array.prototype.slice.call(document.querySelectorAll("pre:not(.mermaid) > code"))
    var scrolling = blocks.map(scrolls)
    blocks.forEach(function (code, i) {
      if (scrolling[i] && hover.matches) code.setAttribute("tabindex", "0")
      else code.removeAttribute("tabindex")
    })
  }

  // Blocks whose text is rendered: none before the first frame, then as the browser reports.
  var rendered = new WeakSet()
  var pending = 0
  function later(event) {
    if (event.skipped) rendered.delete(event.target)
    else if (event.skipped === false) rendered.add(event.target)
    cancelAnimationFrame(pending)
    pending = requestAnimationFrame(function () { setTimeout(markScrollable) })
  }

  document.querySelectorAll("pre:not(.mermaid) > code").forEach(function (code) {
    code.style.setProperty("--md-code-lines", code.textContent.replace(/\n$/, "").split("\n").length)
    code.addEventListener("contentvisibilityautostatechange", later)
  })
  markScrollable()
  window.addEventListener("resize", later)
})()
