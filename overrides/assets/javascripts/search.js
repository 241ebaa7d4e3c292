/*
  Site search in Material's search dialog, answered by Pagefind (overrides/hooks/search_index.py
  builds the index). Pagefind picks the index of the page's <html lang>, so each language searches
  only its own pages, and it segments a Chinese query into words with the browser's Intl.Segmenter;
  every word must match. Everything is loaded from this site: no request leaves it.

  What Material's own search code did for the dialog is done here: open on "/", "s" or "f", close
  on Escape, focus the box when the dialog opens, Enter follows the first result, arrow keys move
  through the results.
*/
(function () {
  "use strict"
  var dialog = document.querySelector("[data-pagefind-search]")
  var toggle = document.getElementById("__search")
  if (!dialog || !toggle) return
  var form = dialog.querySelector("form")
  var input = dialog.querySelector(".md-search__input")
  var meta = dialog.querySelector(".md-search-result__meta")
  var list = dialog.querySelector(".md-search-result__list")
  var SHOWN = 10
  var SECTIONS = 3
  var pagefind = null
  var latest = 0

  function load() {
    if (!pagefind) {
      pagefind = import(new URL(dialog.dataset.bundle, location.href).href).then(function (module) {
        module.init()
        return module
      })
    }
    return pagefind
  }

  function element(tag, className) {
    var node = document.createElement(tag)
    if (className) node.className = className
    return node
  }

  // One result link in Material's markup, so Material's styles apply. The excerpt is Pagefind's:
  // the page's text, escaped, with the matched words in <mark>.
  function link(url, title, excerpt, isPage) {
    var a = element("a", "md-search-result__link")
    a.href = url
    a.tabIndex = -1
    var article = element("article", "md-search-result__article md-typeset")
    if (isPage) {
      article.classList.add("md-search-result__article--document")
      article.appendChild(element("div", "md-search-result__icon md-icon"))
    }
    var heading = element(isPage ? "h1" : "h2")
    heading.textContent = title
    var text = element("p")
    text.innerHTML = excerpt
    article.append(heading, text)
    a.appendChild(article)
    return a
  }

  function item(page) {
    var li = element("li", "md-search-result__item")
    li.appendChild(link(page.url, page.meta.title || page.url, page.excerpt, true))
    page.sub_results
      .filter(function (section) { return section.anchor && section.anchor.element !== "h1" })  // the page itself
      .slice(0, SECTIONS)
      .forEach(function (section) { li.appendChild(link(section.url, section.title, section.excerpt, false)) })
    return li
  }

  function count(n) {
    if (n === 0) return dialog.dataset.none
    if (n === 1) return dialog.dataset.one
    return dialog.dataset.other.replace("#", String(n))
  }

  function search() {
    var query = input.value.trim()
    var ticket = ++latest
    if (!query) {
      meta.textContent = dialog.dataset.placeholder
      list.replaceChildren()
      return
    }
    load()
      .then(function (module) { return module.search(query) })
      .then(function (found) {
        return Promise.all(found.results.slice(0, SHOWN).map(function (r) { return r.data() })).then(function (pages) {
          if (ticket !== latest) return // a newer query has been typed meanwhile
          meta.textContent = count(found.results.length)
          list.replaceChildren.apply(list, pages.map(item))
        })
      })
  }

  function open() {
    toggle.checked = true
    toggle.dispatchEvent(new Event("change"))
  }

  function close() {
    toggle.checked = false
    toggle.dispatchEvent(new Event("change"))
    input.blur()
  }

  function focusable() {
    return [input].concat(Array.prototype.slice.call(list.querySelectorAll(".md-search-result__link")))
  }

  toggle.addEventListener("change", function () {
    if (!toggle.checked) return
    load()
    input.focus()
    input.select()
    if (!input.value.trim()) meta.textContent = dialog.dataset.placeholder
  })
  input.addEventListener("focus", function () {
    load()
    if (!toggle.checked) open()
  })
  input.addEventListener("input", search)
  form.addEventListener("reset", function () { setTimeout(search) })
  form.addEventListener("submit", function (event) {
    event.preventDefault()
    var first = list.querySelector(".md-search-result__link")
    if (first) first.click()
  })
  list.addEventListener("click", function (event) {
    if (event.target instanceof Element && event.target.closest("a")) close()
  })

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (!toggle.checked) {
      var target = event.target
      var typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
      if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
        event.preventDefault()
        open()
      }
      return
    }
    if (event.key === "Escape") {
      event.preventDefault()
      close()
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      var items = focusable()
      var here = Math.max(0, items.indexOf(document.activeElement))
      var next = (here + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length
      event.preventDefault()
      items[next].focus()
    }
  })
})()
