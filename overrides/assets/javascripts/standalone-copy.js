/*
  The copy button of an executed example copies what its download link gives: the example as a
  standalone script, with the `snippets` helpers it imports put inline (docsbuild/standalone.py),
  so that a reader's copy runs as it is. The page keeps showing the short form.

  Material copies the `data-copy` attribute of the code block when it has one (its clipboard
  hook). On the first click (mouse, Enter or Space) of the copy button of an example's source, this
  script fetches the downloadable file from this site, stores it in `data-copy`, and clicks again;
  nothing is requested before a reader copies, and never from another host. If the file cannot be
  fetched (a page opened from disk), the button copies what the page shows, as before.
*/
(function () {
  // The download link of the example whose source block holds `button`, or null. Each example is
  // one div.exec-example (docsbuild/fence.py), its source first, and its download line after it.
  function downloadLink(button) {
    var block = button.closest(".exec-example")
    var source = block && block.querySelector(":scope > .highlight")
    if (!source || !source.contains(button)) return null
    var next = block.nextElementSibling
    return next && next.classList.contains("md-snippet-download") ? next.querySelector("a[download]") : null
  }

  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element &&
      event.target.closest("button.md-code__button[data-md-type=copy]")
    if (!button || button.hasAttribute("data-standalone")) return
    var link = downloadLink(button)
    var code = document.querySelector(button.getAttribute("data-clipboard-target"))
    if (!link || !code) return
    // Material's own handler listens on the body; it runs on the second click, below.
    event.stopPropagation()
    button.setAttribute("data-standalone", "")
    fetch(link.href)
      .then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.url)
        return response.text()
      })
      .then(function (text) { code.setAttribute("data-copy", text) }, function () {})
      .then(function () { button.click() })
  }, true)
})()
