# Thin wrapper over CMakePresets.json. Every target first makes sure the build environment exists
# (packaging/enter: the host itself when it has Qt >= 6.6 and KF6, else the Debian 13 root).
ENTER  := packaging/enter
PRESET ?= release
ARGS   ?=

.PHONY: all build test run run-headless bench package screenshot clean distclean

all: build

build:
	$(ENTER) cmake --preset $(PRESET)
	$(ENTER) cmake --build --preset $(PRESET)

test: build
	$(ENTER) ctest --preset $(PRESET)

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
	rm -rf build build-debug

distclean: clean
	packaging/debian-root remove
