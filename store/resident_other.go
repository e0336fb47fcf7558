//go:build !linux

package store

// releaseFileMapping does nothing where /proc/self/maps is not there to
// find the mapping.
func releaseFileMapping(string) error { return nil }
