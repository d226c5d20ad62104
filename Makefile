# TrustProof: `make test` and `make verify` set everything up on a fresh Debian/Ubuntu machine with Swift 6.

SWIFT ?= swift
SYSTEM_PACKAGES := libgmp-dev libz3-dev pkg-config
# apt-get runs as root directly, or through sudo when that exists.
SUDO := $(shell if [ "$$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then echo sudo; fi)

TRUSTPROOF := .build/debug/trustproof
JOBS ?= 2

.PHONY: all deps build test verify check-reports check-figures clean help

all: build

help:
	@echo "make deps    install the system libraries (GMP, Z3) when pkg-config cannot find them"
	@echo "make build   build the trustproof command (release)"
	@echo "make verify  check every appendix result; write Proofs/README.md, Proofs/reports/, Proofs/verdicts.json,"
	@echo "             and redraw the paper's Figures 1-3 into Proofs/figures/"
	@echo "make test    run the regression suite (swift test), then check that Proofs/ is up to date and that"
	@echo "             every verdict equals the one pinned in Tests/expected-verdicts.json"
	@echo "make crosscheck  re-decide Crosscheck/claims.txt with QEPCAD B and compare with the prover"
	@echo "make crosscheck-gambit  re-solve the game at 60 points with Gambit (part of make crosscheck)"
	@echo "make bench   measure TrustProof against raw GMP and Python baselines; writes BENCHMARKS.md"
	@echo "make clean   remove build products"

# Installs only what is missing, so that a second run costs nothing.
deps:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists gmp z3; then \
		echo "deps: GMP $$(pkg-config --modversion gmp) and Z3 $$(pkg-config --modversion z3) found"; \
	elif [ "$$(id -u)" -eq 0 ] || [ -n "$(SUDO)" ]; then \
		echo "deps: installing $(SYSTEM_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES); \
	else \
		echo "deps: GMP and Z3 development files are missing and this user cannot install them."; \
		echo "      Run: sudo apt-get install $(SYSTEM_PACKAGES)"; \
		exit 1; \
	fi

build: deps
	$(SWIFT) build -c release --product trustproof

test: deps
	$(SWIFT) test
	$(MAKE) --no-print-directory check-reports
	$(MAKE) --no-print-directory check-figures

verify: deps
	$(SWIFT) build --product trustproof
	@# Exit status 1 only says that some claim does not hold: the reports are written all the same.
	$(TRUSTPROOF) verify --claims Proofs/claims --reports Proofs --jobs $(JOBS) || [ $$? -eq 1 ]
	$(TRUSTPROOF) figures --out Proofs/figures --jobs $(JOBS)

# Re-runs verify into a scratch folder: its verdicts must equal the pinned ones, and its files the committed ones.
check-reports: deps
	$(SWIFT) build --product trustproof
	@scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && \
	$(TRUSTPROOF) verify --claims Proofs/claims --reports "$$scratch" --jobs $(JOBS) \
		--expect Tests/expected-verdicts.json > "$$scratch/log" || { cat "$$scratch/log"; exit 1; }; \
	tail -n 2 "$$scratch/log"; \
	rm "$$scratch/log"; \
	diff -r -x claims -x figures "$$scratch" Proofs > "$$scratch.diff" 2>&1 && echo "check-reports: Proofs/ is up to date" || \
	{ echo "check-reports: Proofs/ differs from what 'make verify' writes now (run make verify and commit):"; \
	  head -40 "$$scratch.diff"; rm -f "$$scratch.diff"; exit 1; }; rm -f "$$scratch.diff"

# Redraws Figures 1-3 into a scratch folder: they must equal the committed Proofs/figures/ byte for byte.
check-figures: deps
	$(SWIFT) build --product trustproof
	@scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && \
	$(TRUSTPROOF) figures --out "$$scratch" --jobs $(JOBS) > /dev/null && \
	diff -r "$$scratch" Proofs/figures > /dev/null && echo "check-figures: Proofs/figures/ is up to date" || \
	{ echo "check-figures: Proofs/figures/ differs from what 'make verify' draws now (run make verify and commit)"; exit 1; }

clean:
	rm -rf .build

# libFuzzer targets (Fuzz/): `make fuzz FUZZ_SECONDS=600` for a long run, `make fuzz-smoke` for a few seconds each.
FUZZ_TARGETS := FuzzExpressionParser FuzzProfileNotation FuzzClaimFile
FUZZ_SECONDS ?= 600
FUZZ_BUILD := .build-fuzz

.PHONY: fuzz-build fuzz fuzz-smoke
fuzz-build: deps
	cd Fuzz && $(SWIFT) build -c release --scratch-path ../$(FUZZ_BUILD) \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz: fuzz-build
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_BUILD)/corpus/$$target && \
		$(FUZZ_BUILD)/release/$$target -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 \
			-print_final_stats=1 $(FUZZ_BUILD)/corpus/$$target Fuzz/Corpus/$$target || exit 1; \
	done

fuzz-smoke:
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=5

# The test suite under AddressSanitizer with leak detection: the GMP and Z3 wrappers must leak nothing.
.PHONY: memcheck
memcheck: deps
	$(SWIFT) build --build-tests -Xswiftc -sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt:print_suppressions=0 \
		.build-asan/debug/TrustProofPackageTests.xctest --testing-library swift-testing

# An independent second opinion: QEPCAD B (cylindrical algebraic decomposition, not Z3) re-decides the claims of
# Crosscheck/claims.txt; any disagreement with `trustproof ask` fails. The driver is Python with SymPy, used only here.
CROSSCHECK_PACKAGES := qepcad python3-sympy
CROSSCHECK_PYTHON := $(shell if python3 -c 'import sympy' >/dev/null 2>&1; then echo python3; else echo /usr/bin/python3; fi)

.PHONY: crosscheck crosscheck-deps
crosscheck-deps:
	@if command -v qepcad >/dev/null 2>&1 && $(CROSSCHECK_PYTHON) -c 'import sympy' >/dev/null 2>&1; then \
		echo "crosscheck-deps: qepcad and SymPy found"; \
	elif [ "$$(id -u)" -eq 0 ] || [ -n "$(SUDO)" ]; then \
		echo "crosscheck-deps: installing $(CROSSCHECK_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(CROSSCHECK_PACKAGES); \
	else \
		echo "crosscheck-deps: QEPCAD B or SymPy is missing and this user cannot install them."; \
		echo "      Run: sudo apt-get install $(CROSSCHECK_PACKAGES)"; \
		exit 1; \
	fi

crosscheck: deps crosscheck-deps
	$(SWIFT) build --product trustproof
	$(CROSSCHECK_PYTHON) Crosscheck/crosscheck.py $(TRUSTPROOF)
	$(MAKE) --no-print-directory fuzz-smoke

# A second opinion on the enumeration: Gambit re-solves the game at 60 exact points (the figures' values with their
# thresholds, and seeded random points of each model), and every pure PBE `trustproof equilibria` reports must be one
# of Gambit's pure Nash equilibria. pygambit is installed into a local virtual environment, .venv/ (gitignored).
GAMBIT_VENV := .venv
GAMBIT_PYGAMBIT := pygambit==16.7.0

.PHONY: crosscheck-gambit
$(GAMBIT_VENV)/.pygambit-installed:
	@python3 -m venv $(GAMBIT_VENV) || { echo "crosscheck-gambit: python3 -m venv failed; on Debian or Ubuntu run: sudo apt-get install python3-venv"; exit 1; }
	$(GAMBIT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check $(GAMBIT_PYGAMBIT)
	@touch $@

crosscheck-gambit: deps $(GAMBIT_VENV)/.pygambit-installed
	$(SWIFT) build --product trustproof
	$(GAMBIT_VENV)/bin/python Crosscheck/gambit_crosscheck.py $(TRUSTPROOF) --points 60

crosscheck: crosscheck-gambit

# Benchmarks (issue #7): Rational against raw mpq_t, verify's time inside Z3 and elsewhere, SymPy + Z3 and Fraction
# baselines, scaling. The Python packages go into a local virtual environment, .venv-bench/ (gitignored).
BENCH_VENV := .venv-bench
BENCH_RUNS ?= 5

.PHONY: bench
$(BENCH_VENV)/.installed: Benchmarks/baselines/requirements.txt
	@python3 -m venv $(BENCH_VENV) || { echo "bench: python3 -m venv failed; on Debian or Ubuntu run: sudo apt-get install python3-venv"; exit 1; }
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r Benchmarks/baselines/requirements.txt
	@touch $@

bench: deps $(BENCH_VENV)/.installed
	$(SWIFT) build -c release --product trustproof
	cd Benchmarks && $(SWIFT) build -c release --product trustproof-bench
	Benchmarks/.build/release/trustproof-bench --trustproof .build/release/trustproof \
		--python $(BENCH_VENV)/bin/python --runs $(BENCH_RUNS) --out BENCHMARKS.md
