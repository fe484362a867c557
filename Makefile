# Personal Pages: the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SERVERS := scripts/servers/servers
PACKAGES := shared services/enrolment services/renderer services/mailbox services/notifier \
	services/reimbursement-simulator

.PHONY: demo fresh-stack test stop setup servers lint unit integration benchmark asyncapi samples \
	renderer-benchmark

setup: $(VENV)/.installed

$(VENV)/.installed: constraints.txt $(addsuffix /pyproject.toml,$(PACKAGES))
	scripts/install-fonts
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt $(addprefix -e ,$(PACKAGES)) pytest pytest-asyncio httpx pypdf ruff \
		playwright
	touch $@

servers:
	$(SERVERS) start

# A fresh month on clean data, with every server and service running until `make stop`.
demo: fresh-stack
	$(PY) tools/demo.py

# Every server and service started again on empty data.
fresh-stack: setup
	scripts/services stop
	$(SERVERS) reset kafka ferretdb s3 mailpit
	$(SERVERS) start
	scripts/services start

stop:
	scripts/services stop
	$(SERVERS) stop

# Each package runs its own unit tests in a pytest of its own: their `tests` packages share a name.
unit: setup
	@for package in $(PACKAGES); do \
		echo "== unit tests of $$package"; \
		(cd $$package && $(CURDIR)/$(PY) -m pytest -q -c $(CURDIR)/pytest.ini --rootdir . \
			$$( [ -d tests/unit ] && echo tests/unit || echo tests )) || exit 1; \
	done
	@echo "== unit tests across services"
	$(PY) -m pytest -q -c pytest.ini tests/unit

# Integration tests get servers of their own (other ports, other data) so a demo can keep running.
integration: setup
	@# The browser test drives Debian's Chromium; Playwright never downloads a browser of its own.
	[ -x /usr/bin/chromium ] || (apt-get update -qq && apt-get install -y -qq chromium)
	. scripts/test-env.sh && $(SERVERS) reset && $(SERVERS) start
	. scripts/test-env.sh && status=0; \
		for package in $(PACKAGES); do \
			[ -d $$package/tests/integration ] || continue; \
			echo "== integration tests of $$package"; \
			(cd $$package && $(CURDIR)/$(PY) -m pytest -q -c $(CURDIR)/pytest.ini --rootdir . \
				tests/integration) || status=1; \
		done; \
		echo "== integration tests across services"; \
		$(PY) -m pytest -q -c pytest.ini tests/integration || status=1; \
		$(SERVERS) stop; exit $$status

lint: setup
	$(PY) -m ruff check shared services tools tests

test: lint unit integration

benchmark: fresh-stack
	$(PY) tools/benchmark.py

# One sealed PDF of each kind for each legislation in each language, into samples/ (git-ignored),
# each checked as PDF/A-2b by veraPDF.
samples: setup
	cd services/renderer && $(CURDIR)/$(PY) -m benchmarks.render_samples $(CURDIR)/samples
	scripts/verapdf/verapdf --flavour 2b --format text samples/

# ReportLab (the renderer) against Typst on a monthly statement and a 40,000-line settlement.
renderer-benchmark: setup
	$(PY) -m pip install -q -c constraints.txt -e 'services/renderer[benchmark]'
	cd services/renderer && $(CURDIR)/$(PY) -m benchmarks.compare_libraries --runs 2

asyncapi: setup
	$(PY) tools/asyncapi.py docs/asyncapi
