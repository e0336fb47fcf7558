//go:build !unix

package quote

import "time"

var start = time.Now()

// cpuTime falls back to wall time where the process's CPU time is not
// known.
func cpuTime() time.Duration { return time.Since(start) }
