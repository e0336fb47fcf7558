//go:build !linux

package store

// releaseFileMapping does nothing where /proc/self/maps is not there to
// find the mapping.
func releaseFileMapping(string) error { return nil }

// residentFileBytes cannot tell here: the release loop releases every time.
func residentFileBytes() int64 { return -1 }
