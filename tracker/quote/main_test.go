package quote

import (
	"fmt"
	"os"
	"testing"
)

// TestMain says once, on stderr, when the evaluation corpus is not there,
// so that a run without it does not pass for a measurement of quality.
// (go test ./... shows a passing package's output only with -v; .ci/run
// says it too.)
func TestMain(m *testing.M) {
	if _, err := os.Stat("../../../shared/corpus"); err != nil {
		fmt.Fprintln(os.Stderr, "newshound/tracker/quote: ../shared/corpus not found: quality tests skipped, quality not measured")
	}
	os.Exit(m.Run())
}
