# The two set-up commands of the README: `make run` (the bundled samples) and `make test`.
# Both create .venv when missing and install the project with its test extras first.

VENV := .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.hoedong-installed

# Quiet, local Prefect (a temporary server per process, state inside the checkout).
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_LOGGING_LEVEL ?= WARNING
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 90

.PHONY: install run test

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: install
	$(VENV)/bin/hoedong run

test: install
	$(PYTHON) -m pytest
