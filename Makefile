# Thin wrapper over the CMake presets. `make run` and `make test` each install what is missing,
# configure and build first. PRESET=release or PRESET=asan picks another build.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)

# `make fuzz` builds the libFuzzer targets with clang (build/fuzz) and runs each for FUZZ_SECONDS.
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build run test bench fuzz clean

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

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

clean:
	@rm -rf build
