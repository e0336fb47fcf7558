//go:build unix

package quote

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the test process has used, user and system:
// on a machine shared with other work (the other packages' tests run
// beside this one), it says more about the work done than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
