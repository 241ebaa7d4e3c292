"""Build-side code: runs the examples in `snippets/` for MkDocs and for the tests.

The pieces, each small enough to read in one sitting:

- `plugin`: the site's MkDocs plugin (its documented options: `plugin_config`): it registers the
  fence, starts the parallel run, and calls the modules below for what the published site adds;
- `fence`: the markdown-exec Python fence, wired to the modules that run examples;
- `catalog`: where examples and their recorded outputs live;
- `interpreters`: which CPython versions run the examples, and where they are installed;
- `runner`: run one example in a fresh interpreter, with a time limit;
- `forkserver`: the build's fast way to that fresh interpreter: a child forked from a warm one
  (`_forkserver/serve.py` runs in the example's interpreter);
- `virtualclock`: the loop clock that skips waits, installed into an example's interpreter by
  `_virtualtime/sitecustomize.py`;
- `cache`: what an output depends on, and the on-disk store of outputs;
- `execution`: run each distinct example once per build, in parallel;
- `verify`: compare what an example printed with its recording;
- `output_view`: an example's outputs per Python version, as the Output tab shows them;
- `timelines`: timelines (examples printing HTML) in the page's language;
- `pages`: the one Markdown scanner (fences, includes, headings, admonitions, links, prose);
- `preview`: what `make serve` rebuilds after a save;
- `published_site`: the download line under each example (the fence emits it), hreflang,
  robots.txt and llms.txt per language;
- `llmstxt_preprocess`: mkdocs-llmstxt's hook, leaving those download lines out of llms.txt;
- `search_index`: the Pagefind search index, one per language;
- `standalone`: an example as readers copy or download it, runnable anywhere;
- `run_here`: the Run button, on a Python the site hosts (Pyodide), on the example's own clock;
- `run_here_measure`: which examples print their recorded output there (`make runnable`);
- `glossary`, `translations`, `notices`: the glossary, translation state and its banners.
"""
