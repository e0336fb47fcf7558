package tracker_test

import (
	"testing"

	"go.uber.org/goleak"
)

// Close must leave no poll, deliverer or scheduler goroutine behind.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
