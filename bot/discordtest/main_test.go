package discordtest_test

import (
	"testing"

	"go.uber.org/goleak"
)

// Every test closes its sessions (Session registers the cleanup) and its
// fake, so nothing is ignored: a leak here is a real leak.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
