# Thin wrapper over CMakePresets.json. Every target first makes sure the build environment exists
# (packaging/enter: the host itself when it has Qt >= 6.6 and KF6, else the Debian 13 root).
ENTER  := packaging/enter
PRESET ?= release
ARGS   ?=
# Seconds each fuzz target runs: `make fuzz` alone, and the short run `make test` ends with.
FUZZ_SECONDS      ?= 60
TEST_FUZZ_SECONDS ?= 30

.PHONY: all build test test-release test-debug fuzz run run-headless bench package screenshot clean distclean

all: build

build:
	$(ENTER) cmake --preset $(PRESET)
	$(ENTER) cmake --build --preset $(PRESET)

# What CI runs (.ci/run): the suite in release, the suite again under ASan+UBSan, and every fuzz
# target briefly, one after the other (never two builds at once); the first failure stops the run.
test:
	$(MAKE) test-release
	$(MAKE) test-debug
	$(MAKE) fuzz FUZZ_SECONDS=$(TEST_FUZZ_SECONDS)

# The suite alone, in $(PRESET) (release): the quick check while working.
test-release: build
	$(ENTER) ctest --preset $(PRESET)

# The whole suite built with AddressSanitizer and UBSan (build-debug/); the test preset makes every
# sanitizer report fatal and holds the leak suppressions (tests/sanitizers/lsan.supp).
test-debug:
	$(ENTER) cmake --preset debug
	$(ENTER) cmake --build --preset debug
	$(ENTER) ctest --preset debug

# libFuzzer targets for every parser of outside input (build-fuzz/, clang); FUZZ_SECONDS=N per target.
# See docs/reliability-fuzzing.md.
fuzz:
	$(ENTER) cmake --preset fuzz
	$(ENTER) cmake --build --preset fuzz
	$(ENTER) fuzz/run $(FUZZ_SECONDS)

run:
	@packaging/check-display
	$(MAKE) build
	$(ENTER) build/bin/gloss $(ARGS)

# Starts Gloss on a virtual X server inside the build environment (no display needed).
run-headless: build
	$(ENTER) xvfb-run -a -s '-screen 0 1280x800x24' build/bin/gloss $(ARGS)

bench: build
	$(ENTER) cmake --build --preset $(PRESET) --target benchmarks
	$(ENTER) sh -c 'for b in build/bin/bench_*; do echo "== $$b"; "$$b" || exit 1; done'

package: build
	$(ENTER) sh -c 'cd build && cpack -G DEB'

# A real-window screenshot of Gloss under Xvfb: build/screenshot.png (LIBRARY=... to choose the library).
screenshot: build
	$(ENTER) packaging/screenshot $(or $(LIBRARY),build/screenshot-library.sqlite) build/screenshot.png

clean:
	rm -rf build build-debug build-fuzz

distclean: clean
	packaging/debian-root remove
