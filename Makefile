# Thin wrapper over the CMake presets. `make run` and `make test` each install what is missing,
# configure and build first. PRESET=release or PRESET=asan picks another build.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc)

# `make fuzz` builds the libFuzzer targets with clang (build/fuzz) and runs each for FUZZ_SECONDS.
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build run test bench fuzz package lint-package translations clean

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET) --parallel $(JOBS)

run: build
	@./$(BUILD_DIR)/codedesk

test: build
	@ctest --preset $(PRESET)

bench:
	@$(MAKE) --no-print-directory build PRESET=release
	@bash tests/benchmarks/run.sh build/release

fuzz:
	@bash packaging/install-deps.sh --fuzz
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz
	@bash tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

# Refreshes translations/*.ts from the sources (lupdate); translate the new entries in Qt Linguist.
translations: configure
	@cmake --build --preset $(PRESET) --target update_translations

# The Debian package (build/package/codedesk_VERSION-1_ARCH.deb) and its checks.
package: deps
	@cmake --preset package >/dev/null
	@cmake --build --preset package
	@cd build/package && rm -f ./*.deb && cpack -G DEB >/dev/null && ls "$$PWD"/*.deb

lint-package: package
	@bash packaging/lint-package.sh build/package

clean:
	@rm -rf build
