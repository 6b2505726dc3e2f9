# Everything a newcomer needs: `make demo` (offline, replay site) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8001
DB ?= archive.db
TOPIC ?= xiami
export ARCHIVE_DB := $(DB)

.PHONY: install demo run crawl-replay crawl-live serve test lint eval bench clean browser

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

## demo: crawl the bundled replay site into archive.db, summarise, serve Datasette
demo: crawl-replay
	$(BIN)/archive stats --db $(DB)
	$(BIN)/archive serve --db $(DB) --port $(PORT)

## run: the same against the live site
run: crawl-live
	$(BIN)/archive stats --db $(DB)
	$(BIN)/archive serve --db $(DB) --port $(PORT)

crawl-replay: install
	$(BIN)/python -m crawler.replay_server --root tests/fixtures/replay -- \
		$(BIN)/scrapy crawl rfa -a topic=$(TOPIC) -s AUTOTHROTTLE_ENABLED=0 -s DOWNLOAD_DELAY=0

crawl-live: install
	$(BIN)/scrapy crawl rfa -a topic=$(TOPIC)

serve: install
	$(BIN)/archive serve --db $(DB) --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

browser:
	bash .ci/install-test-deps

test: install lint browser
	$(BIN)/pytest -q

eval: install
	$(BIN)/python -m tests.eval.extraction
	$(BIN)/python -m tests.eval.published
	$(BIN)/python -m tests.eval.dates
	$(BIN)/python -m tests.eval.quotes

bench: install
	$(BIN)/python -m tests.bench.pipeline
	$(BIN)/python -m tests.bench.imports
	$(BIN)/python -m tests.bench.search
	$(BIN)/python -m tests.bench.quotes
	$(BIN)/python -m tests.bench.crawl

clean:
	rm -rf $(VENV) *.egg-info test-output .pytest_cache
