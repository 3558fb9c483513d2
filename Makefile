# Thin wrapper over the CMake presets. `make run` and `make test` each install what is missing,
# configure and build first. PRESET=release or PRESET=asan picks another build.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)

.PHONY: all deps configure build run test bench clean

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

clean:
	@rm -rf build
