# gyoryu: `make run` sets everything up and serves at http://127.0.0.1:8000; `make test` tests.
SHELL := /bin/bash
PY ?= python3
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup system venv init test test-sqlite test-postgres lint bench catalogs clean

run: setup init
	$(BIN)/gyoryu serve --host $(HOST) --port $(PORT)

setup: system venv

# What the project needs from Debian: Chromium for browser tests, CJK fonts for PDFs and screenshots.
system:
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
	  echo "installing chromium and CJK fonts (Debian packages)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

$(UV):
	$(PY) -m venv .tools && .tools/bin/pip install -q uv

venv: $(UV)
	$(UV) sync --frozen --all-groups

# First run on the embedded database: also build and plan the seed delegations as examples.
init: venv
	@first=$$([ -n "$$GYORYU_DATABASE_URL" ] || [ -f var/gyoryu.db ] || echo 1); \
	$(BIN)/gyoryu init && if [ -n "$$first" ]; then \
	  $(BIN)/gyoryu program seed >/dev/null && echo "example programs: the seed delegations, planned"; fi

test: setup
	bash scripts/ensure-services
	$(BIN)/pytest -q $(PYTEST_ARGS)
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports

lint: venv
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports

bench: venv
	$(BIN)/python -m bench

catalogs: venv
	$(BIN)/python -m gyoryu.i18n.catalogs update

clean:
	rm -rf $(VENV) .tools var .pytest_cache
