//go:build unix

package tracker_test

import "syscall"

// cpuSeconds returns the CPU time the process has used, user and system:
// on a machine shared with other work, a benchmark's CPU time per
// operation says more than its wall time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
