# Personal Pages: the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SERVERS := scripts/servers/servers
PACKAGES := shared services/enrolment services/renderer services/mailbox services/notifier \
	services/reimbursement-simulator

.PHONY: demo test stop setup servers unit integration benchmark asyncapi clean-data

setup: $(VENV)/.installed

$(VENV)/.installed: constraints.txt $(addsuffix /pyproject.toml,$(PACKAGES))
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt $(addprefix -e ,$(PACKAGES)) pytest pytest-asyncio httpx
	touch $@

servers:
	$(SERVERS) start

# A fresh month on clean data, with every server and service running until `make stop`.
demo: setup
	scripts/services stop
	$(SERVERS) reset kafka ferretdb s3 mailpit
	$(SERVERS) start
	scripts/services start
	$(PY) tools/demo.py

stop:
	scripts/services stop
	$(SERVERS) stop

unit: setup
	$(PY) -m pytest -q shared/tests services/*/tests/unit

# Integration tests get servers of their own (other ports, other data) so a demo can keep running.
integration: setup
	. scripts/test-env.sh && $(SERVERS) reset && $(SERVERS) start
	. scripts/test-env.sh && $(PY) -m pytest -q tests services/*/tests/integration; \
		status=$$?; . scripts/test-env.sh && $(SERVERS) stop; exit $$status

test: unit integration

benchmark: setup
	$(PY) tools/benchmark.py

asyncapi: setup
	$(PY) tools/asyncapi.py docs/asyncapi
