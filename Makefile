# Two entry points for a fresh machine: `make demo` and `make test`. Both install into .venv first.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.convo-installed
# torch is pinned: 2.13.0 is the CPU build; an unpinned torch pulls a multi-GB CUDA build.
TORCH := torch==2.13.0

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q $(TORCH)
	$(PY) -m pip install -q -e '.[all,dev]' $(TORCH)
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -rf out/demo out/demo-store
	$(VENV)/bin/convo run samples/calls samples/chats --ops samples/ops.csv --out out/demo --redact-audio out/demo-redacted-audio || [ $$? -eq 3 ]
	$(VENV)/bin/convo show out/demo
	$(VENV)/bin/convo ingest out/demo --tenant demo --data out/demo-store
	@echo "Serve it: $(VENV)/bin/convo keys create --data out/demo-store --tenant demo --role manager && $(VENV)/bin/convo serve --data out/demo-store"

# One pytest worker per core (pytest-xdist); worksteal evens out the long tests. TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= auto
test: install
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist worksteal

bench: install
	$(PY) benchmarks/asr_throughput.py ../shared/data/audio/aws_lca/*.wav

clean:
	rm -rf $(VENV) out .pytest_cache
