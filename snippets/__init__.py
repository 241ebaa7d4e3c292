"""Runnable examples for *asyncio in Practice*, plus the small helpers they share.

Every example is a plain top-level script in a topic folder (``snippets/<topic>/<name>.py``) and runs
as ``python snippets/<topic>/<name>.py`` from the repository root. The modules directly in this
package are helpers; they return values and never print, so an example's output is its own.
"""
