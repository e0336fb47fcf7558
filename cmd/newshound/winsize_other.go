//go:build !unix

package main

import "os"

// terminalWidth returns 0: the width is not known here, and lines are left
// to the terminal to wrap.
func terminalWidth(*os.File) int { return 0 }
