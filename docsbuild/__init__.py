"""Build-side code: runs the examples in `snippets/` for MkDocs and for the tests.

The pieces, each small enough to read in one sitting:

- `catalog`: where examples and their recorded outputs live;
- `runner`: run one example in a fresh interpreter, with a time limit;
- `virtualclock`: the loop clock that skips waits, installed into an example's interpreter by
  `_virtualtime/sitecustomize.py`;
- `cache`: what an output depends on, and the on-disk store of outputs;
- `execution`: run each distinct example once per build, in parallel;
- `pages`: read the include lines out of the Markdown pages;
- `fence`: the markdown-exec Python fence, wired to all of the above;
- `plugin`: the site's MkDocs plugin, with its documented options: it registers the fence, starts
  the parallel run, and calls `published_site` and `search_index` for what the published site adds.
"""
