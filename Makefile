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
.PHONY: help serve build test update-outputs bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Compiling bytecode up front keeps jieba's invalid-escape warnings out of every build log.
$(ENV): uv.lock pyproject.toml | $(UV)
	$(UV) sync --locked --compile-bytecode
	@touch $@

serve: $(ENV) ## Serve the site on http://127.0.0.1:8000 and rebuild on every edit
	$(RUN) properdocs serve -f mkdocs.yml --no-strict -a $(HOST):$(PORT) -w snippets -w docsbuild

build: $(ENV) ## Build the site into site/, failing on any warning
	$(RUN) properdocs build -f mkdocs.yml --strict

test: $(ENV) ## Run the whole test suite (includes a strict build with fresh example runs)
	$(RUN) pytest

update-outputs: $(ENV) ## Re-run every example and rewrite its recorded .out file
	$(RUN) pytest tests/test_examples.py --update-examples -p no:randomly -q

bench: $(ENV) ## Measure build, rebuild and test times and page weight
	$(RUN) python bench/bench.py

clean: ## Remove the built site, caches and environments
	rm -rf site .cache .venv .tools .pytest_cache .ruff_cache
