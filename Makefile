# Storylens: `make run` opens the bundled story, `make test` runs the tests.
# Both install what is missing first (see scripts/dev.sh).
# `make dist` writes the packages into dist/ (see scripts/dist.sh); `make package` only the Linux tar.xz.
.PHONY: run test build deps dist package ci clean

run:
	scripts/dev.sh run

test:
	scripts/dev.sh test

build:
	scripts/dev.sh build

deps:
	scripts/dev.sh deps

dist:
	scripts/dist.sh

package:
	TARGETS=tar scripts/dist.sh

ci:
	bash .ci/run

clean:
	rm -rf storylens dist
