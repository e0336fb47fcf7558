package main

import (
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// statusKB reads a field of /proc/self/status, in kB.
func statusKB(t *testing.T, field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, field+":") {
			n, _ := strconv.ParseInt(strings.Fields(line)[1], 10, 64)
			return n
		}
	}
	t.Skipf("no %s in /proc/self/status", field)
	return 0
}

// TestReleaseStartupPagesDropsTheExecutablesPagesAndRunsOn releases the
// test binary's own code and read-only data from the resident set: the
// resident file pages shrink by about what it reports, and the program
// runs on, its code and data read back from the file (writable data, which
// would lose what the program wrote, is never released).
func TestReleaseStartupPagesDropsTheExecutablesPagesAndRunsOn(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("releasing the executable's pages is Linux only")
	}
	counter := 41 // writable data the program keeps
	before := statusKB(t, "RssFile")
	n := releaseStartupPages()
	after := statusKB(t, "RssFile")
	t.Logf("released %d kB; resident file pages %d kB before, %d kB after", n>>10, before, after)
	if n < 1<<20 {
		t.Fatalf("released %d bytes; want the megabytes of code and data the test binary touched", n)
	}
	if before-after < n>>10/2 {
		t.Fatalf("resident file pages went from %d kB to %d kB; want about %d kB less", before, after, n>>10)
	}
	counter++
	if re := regexp.MustCompile(`^(\w+) (\d+)$`); re.FindStringSubmatch("answer " + strconv.Itoa(counter))[2] != "42" || !strings.HasPrefix(userAgent, "Newshound/") {
		t.Fatal("the program misread its own code or data after the release")
	}
}
