# Storylens: `make run` opens the bundled story, `make test` runs the tests.
# Both install what is missing first (see scripts/dev.sh).
.PHONY: run test build deps package ci clean

run:
	scripts/dev.sh run

test:
	scripts/dev.sh test

build:
	scripts/dev.sh build

deps:
	scripts/dev.sh deps

package:
	scripts/package.sh

ci:
	bash .ci/run

clean:
	rm -rf storylens dist
