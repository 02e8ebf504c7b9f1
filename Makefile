# BM Desktop. `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?= -n 2
# `ruff format` is the house format; `make test` refuses unformatted code (`make format`).
RUFF_PATHS := bm_desktop tests benchmarks tools installer
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test bench screenshots lint format installer clean compile

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# pip byte-compiles what it installs on one core (about 50 s of the set-up); the same
# work on every core takes half the time. A file that does not compile is skipped, as
# pip skips it (hence the leading '-').
SITE_PACKAGES = $$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')

$(VENV)/.base-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --no-compile -e .
	-$(BIN)/python -m compileall -q -j 0 $(SITE_PACKAGES) > /dev/null
	touch $@

# Byte-compile the package as an installed wheel would be (an editable install is not,
# and under PYTHONDONTWRITEBYTECODE every start would compile it again: +0.3 s).
compile: $(VENV)/.base-installed
	$(BIN)/python -m compileall -q bm_desktop

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --no-compile -e '.[dev]'
	-$(BIN)/python -m compileall -q -j 0 $(SITE_PACKAGES) > /dev/null
	touch $@ $(VENV)/.base-installed

## Set everything up and start the app on the sample programme.
run: $(VENV)/.base-installed compile
	$(BIN)/bm-desktop $(ARGS)

## Set everything up and run the whole test suite offscreen.
# Python may write its caches while the tests run (PYTHONDONTWRITEBYTECODE emptied): each
# worker and each Python the tests start would otherwise compile and rewrite every test
# module again (36 s to collect the suite without them, 12 s with them).
test: $(VENV)/.dev-installed compile
	$(BIN)/ruff format --check --quiet $(RUFF_PATHS)
	$(BIN)/ruff check --quiet $(RUFF_PATHS)
	QT_QPA_PLATFORM=offscreen $(BIN)/lint-imports
	$(BIN)/mypy
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

## Run the benchmarks: each prints ours beside a baseline; writes benchmarks/results.json.
bench: $(VENV)/.dev-installed compile
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --readme $(BENCH_ARGS)

## Render the main views into docs/screenshots/ (and the French user guide's shots).
screenshots: $(VENV)/.dev-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots/run.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots/run.py --only guide

lint: $(VENV)/.dev-installed
	$(BIN)/ruff format --check $(RUFF_PATHS)
	$(BIN)/ruff check $(RUFF_PATHS)
	$(BIN)/lint-imports
	$(BIN)/mypy

## Build the one-folder application with PyInstaller (dist/bm-desktop/) and self-test it.
## On Windows, installer/build-windows.ps1 does this and then builds the setup program.
installer: $(VENV)/.dev-installed
	$(BIN)/pip install --quiet -e '.[installer]'
	$(BIN)/python installer/build_frozen.py --dist dist --work build/pyinstaller
	QT_QPA_PLATFORM=offscreen dist/bm-desktop/bm-desktop self-test

## Format the code the house way (ruff format) and sort imports.
format: $(VENV)/.dev-installed
	$(BIN)/ruff format $(RUFF_PATHS)
	$(BIN)/ruff check --select I --fix --quiet $(RUFF_PATHS)

clean:
	rm -rf $(VENV) build dist *.egg-info
