# TrialRegistry: developer and CI entry points. The logic lives in scripts/ (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

SOLUTION := TrialRegistry.sln
# Extra arguments for `make test`, e.g. make test ARGS='--filter "FullyQualifiedName~Search"'
ARGS ?=

.PHONY: help run test migrate admin import build format format-check db-stop clean tools migration

help:
	@echo 'TrialRegistry'
	@echo
	@echo '  make run           serve http://127.0.0.1:$${PORT:-5080} with a local PostgreSQL (.data/postgres) and demo data'
	@echo '  make test          build, run all tests on a throwaway PostgreSQL; ends with "N passed, N failed, N skipped"'
	@echo '  make migrate       apply pending migrations (to ConnectionStrings__Registry, or the local cluster) and exit'
	@echo '  make admin EMAIL=a@b.org [PASSWORD=...] [NAME=...]   create an admin (prints a generated password if none)'
	@echo '  make import FILE=path [LENIENT=1] [DRY_RUN=1] [FORCE=1]   import registry files (FILE may be a glob) into the database of make run'
	@echo '  make build         dotnet build (Release)'
	@echo '  make format        dotnet format'
	@echo '  make format-check  dotnet format --verify-no-changes'
	@echo '  make db-stop       stop the local PostgreSQL cluster of make run'
	@echo '  make clean         remove build output and test results (keeps .data, the local database)'
	@echo '  make migration NAME=AddSomething   add an EF Core migration (restores the dotnet-ef tool)'
	@echo
	@echo 'Environment: ConnectionStrings__Registry (use this server, start no cluster), PORT (5080),'
	@echo 'TRIALREGISTRY_DATA_DIR (.data/postgres), TRIALREGISTRY_PG_PORT (55432), PG_BIN, CHROMIUM_PATH.'

run:
	@bash scripts/run.sh

test:
	@bash scripts/test.sh $(ARGS)

migrate:
	@bash scripts/migrate.sh

# PASSWORD and NAME reach the script through the environment, never a command line (process list).
admin: export ADMIN_PASSWORD = $(PASSWORD)
admin: export ADMIN_NAME = $(NAME)
admin:
	@bash scripts/admin.sh '$(EMAIL)'

# FILE reaches the script through the environment, so quotes and spaces in it survive make.
import: export IMPORT_FILE = $(FILE)
import:
	@bash scripts/import.sh "$$IMPORT_FILE"

build:
	dotnet build $(SOLUTION) -c Release

format:
	dotnet format $(SOLUTION)

format-check:
	dotnet format $(SOLUTION) --verify-no-changes

db-stop:
	@bash scripts/pg.sh dev-stop

tools:
	dotnet tool restore

migration: tools
	@if [ -z "$(NAME)" ]; then echo 'usage: make migration NAME=AddSomething' >&2; exit 2; fi
	dotnet ef migrations add "$(NAME)" --project src/TrialRegistry --output-dir Data/Migrations

clean:
	rm -rf artifacts
	find src tests -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +

# Import, search, HTTP and memory figures on a generated corpus in one run (scripts/bench.sh,
# docs/benchmarks.md): make bench SIZE=10000 [BENCH_SKIP=http,circuits]
SIZE ?= 100000
.PHONY: bench
bench:
	@bash scripts/bench.sh $(SIZE)
