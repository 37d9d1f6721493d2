# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
TEST_ENV := DJANGO_SETTINGS_MODULE=kb.settings.test

.PHONY: install migrate demo run test lint format messages

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py update_index

run: demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The suites on SQLite; then on PostgreSQL too when TEST_DATABASE_URL names a server.
CONFORMANCE := $(VENV)/bin/pytest -o addopts="-ra" --ds=tests.conformance.settings tests/conformance
test: lint
	$(TEST_ENV) $(PY) manage.py check --fail-level WARNING
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run
	TEST_DATABASE_URL= $(VENV)/bin/pytest
	TEST_DATABASE_URL= $(CONFORMANCE)
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
	  echo "The suites again, on PostgreSQL ($$TEST_DATABASE_URL):"; \
	  $(VENV)/bin/pytest && $(CONFORMANCE); \
	fi

# Refresh the English catalog of the site's own strings (written in Indonesian).
messages: install
	$(PY) manage.py makemessages -l en --no-obsolete --ignore=.venv --ignore=tests --ignore=scripts --ignore=var
	$(PY) manage.py compilemessages -l en --ignore=.venv
