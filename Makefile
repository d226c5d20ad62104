# TrustProof: `make test` and `make verify` set everything up on a fresh Debian/Ubuntu machine with Swift 6.

SWIFT ?= swift
SYSTEM_PACKAGES := libgmp-dev libz3-dev pkg-config
# apt-get runs as root directly, or through sudo when that exists.
SUDO := $(shell if [ "$$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then echo sudo; fi)

.PHONY: all deps build test clean help

all: build

help:
	@echo "make deps    install the system libraries (GMP, Z3) when pkg-config cannot find them"
	@echo "make build   build the trustproof command (release)"
	@echo "make test    run the regression suite (swift test)"
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

clean:
	rm -rf .build
