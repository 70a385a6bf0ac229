# The two commands a new user runs: `make run` and `make test`.
SWIFT ?= swift
CONFIG ?= debug
BIN := .build/$(CONFIG)/storyline
# Release builds are one static executable (the Swift runtime, Foundation, glibc, libstdc++
# and ncursesw inside): nothing is loaded or relocated at start, so the process begins at
# 9 MB resident (13.5 with the system's shared C libraries, 20–23 with Swift's shared
# runtime) and runs where Swift is not installed. Not position-independent: a static-pie
# build crashed at start with this toolchain.
RELEASE := -c release -Xswiftc -static-executable -Xlinker -ltinfo

.PHONY: run test build release deps test-deps release-deps bench clean

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
release: release-deps
	$(SWIFT) build $(RELEASE) --product storyline

## Throughput, memory and latency figures (release build); BENCH_ARGS="--large-mb 50" etc. to vary.
bench: release-deps
	$(SWIFT) build $(RELEASE) --product storyline-bench
	$(SWIFT) build $(RELEASE) --product storyline
	.build/release/storyline-bench $(BENCH_ARGS)

deps:
	@.ci/ensure-deps build

test-deps:
	@.ci/ensure-deps test

release-deps:
	@.ci/ensure-deps release

clean:
	$(SWIFT) package clean
