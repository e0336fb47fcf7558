//go:build race

package story

// raceEnabled: the race detector makes sync.Pool drop a quarter of what
// is put back, so allocation counts through a pool are not exact.
const raceEnabled = true
