# The two commands a new user runs: `make run` and `make test`.
SWIFT ?= swift
CONFIG ?= debug
BIN := .build/$(CONFIG)/storyline
# Release builds carry the Swift runtime and Foundation inside the binary: the process starts
# at 13 MB resident instead of 20, and the binary runs where Swift is not installed.
RELEASE := -c release --static-swift-stdlib

.PHONY: run test build release deps test-deps bench clean

## Build, then open the seed articles in the browser.
run: build
	$(BIN) seeds

## Build and run every test (unit, golden-screen and end-to-end under tmux).
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: deps
	$(SWIFT) build -c $(CONFIG) --product storyline

## Optimized, self-contained binary: .build/release/storyline (what `make bench` measures).
release: deps
	$(SWIFT) build $(RELEASE) --product storyline

## Throughput, memory and latency figures (release build); BENCH_ARGS="--large-mb 50" etc. to vary.
bench: deps
	$(SWIFT) build $(RELEASE) --product storyline-bench
	$(SWIFT) build $(RELEASE) --product storyline
	.build/release/storyline-bench $(BENCH_ARGS)

deps:
	@.ci/ensure-deps build

test-deps:
	@.ci/ensure-deps test

clean:
	$(SWIFT) package clean
