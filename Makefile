# The two commands a new user runs: `make run` and `make test`.
SWIFT ?= swift
CONFIG ?= debug
BIN := .build/$(CONFIG)/storyline

.PHONY: run test build deps test-deps bench clean

## Build, then open the seed articles in the browser.
run: build
	$(BIN) seeds

## Build and run every test (unit, golden-screen and end-to-end under tmux).
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: deps
	$(SWIFT) build -c $(CONFIG) --product storyline

## Throughput, memory and latency figures (release build); BENCH_ARGS="--large-mb 50" etc. to vary.
bench: deps
	$(SWIFT) build -c release --product storyline-bench
	$(SWIFT) build -c release --product storyline
	.build/release/storyline-bench $(BENCH_ARGS)

deps:
	@.ci/ensure-deps build

test-deps:
	@.ci/ensure-deps test

clean:
	$(SWIFT) package clean
