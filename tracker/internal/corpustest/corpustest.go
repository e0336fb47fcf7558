// Package corpustest finds the evaluation corpus that lives beside the
// repository (../shared/corpus) for the quality tests of tracker's packages.
package corpustest

import (
	"fmt"
	"os"
	"testing"
)

// Dir is the corpus as seen from a package two levels below the repository
// root (tracker/NAME), where go test runs.
const Dir = "../../../shared/corpus"

// Main runs a package's tests, first saying once on stderr when the corpus
// is not there, so that a run without it does not pass for a measurement of
// quality. (go test ./... shows a passing package's output only with -v;
// .ci/run says it too.) pkg names the package in that line.
func Main(m *testing.M, pkg string) {
	if _, err := os.Stat(Dir); err != nil {
		fmt.Fprintf(os.Stderr, "%s: ../shared/corpus not found: quality tests skipped, quality not measured\n", pkg)
	}
	os.Exit(m.Run())
}
