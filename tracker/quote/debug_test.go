package quote

import (
	"os"
	"testing"
)

func TestDebugFile(t *testing.T) {
	p := os.Getenv("QFILE")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	for _, q := range Extract(string(b)) {
		t.Logf("%q | %q | %q", q.Speaker, q.Cue, q.Text)
	}
}
