# Two commands for a fresh machine: `make run` and `make test`. Production: `make serve`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
TEST_ENV := DJANGO_SETTINGS_MODULE=kb.settings.test

.PHONY: install migrate demo run serve test lint format messages

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# axe-core for the browser journeys' accessibility checks (tests/browser/journey.py).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py update_index

run: demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Production (README, "Production"): the runtime packages only, the settings from the
# environment, then gunicorn as kb/gunicorn.conf.py says, in the foreground.
$(VENV)/.installed-runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

serve: export DJANGO_SETTINGS_MODULE = kb.settings.production
serve: $(VENV)/.installed-runtime
	$(PY) manage.py check --deploy
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput
	exec $(VENV)/bin/gunicorn --config kb/gunicorn.conf.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The suites on SQLite; then on PostgreSQL too when TEST_DATABASE_URL names a server. The
# site's search tests (marked `engines`) run on our Whoosh backend with the rest, then again on
# Wagtail's database backend (SQLite's FTS5, PostgreSQL's full-text search).
CONFORMANCE := $(VENV)/bin/pytest -o addopts="-ra" --ds=tests.conformance.settings tests/conformance
ON_DATABASE_ENGINE := KB_SEARCH_BACKEND=database $(VENV)/bin/pytest -m engines
test: lint
	$(TEST_ENV) $(PY) manage.py check --fail-level WARNING
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run
	TEST_DATABASE_URL= $(VENV)/bin/pytest
	TEST_DATABASE_URL= $(ON_DATABASE_ENGINE)
	TEST_DATABASE_URL= $(CONFORMANCE)
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
	  echo "The suites again, on PostgreSQL ($$TEST_DATABASE_URL):"; \
	  $(VENV)/bin/pytest && $(ON_DATABASE_ENGINE) && $(CONFORMANCE); \
	fi

# Refresh the English catalog of the site's own strings (written in Indonesian).
messages: install
	$(PY) manage.py makemessages -l en --no-obsolete --ignore=.venv --ignore=tests --ignore=scripts --ignore=var --ignore=node_modules
	$(PY) manage.py compilemessages -l en --ignore=.venv --ignore=node_modules
