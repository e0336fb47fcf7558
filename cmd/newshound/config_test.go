package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestKeepFlagsCountDays: -keep-items and -keep-seen are days, written as
// a number, with a d, or as a duration of whole days.
func TestKeepFlagsCountDays(t *testing.T) {
	for _, c := range []struct {
		arg  string
		want int
		bad  bool
	}{
		{"30", 30, false}, {"7d", 7, false}, {"720h", 30, false}, {"48h0m", 2, false},
		{"36h", 0, true}, {"soon", 0, true}, {"0", 0, true}, {"-3", 0, true},
	} {
		var o options
		fs := flag.NewFlagSet("console", flag.ContinueOnError)
		o.register(fs, environment{getenv: func(string) string { return "" }})
		var stderr bytes.Buffer
		err := parse(fs, []string{"-keep-items", c.arg}, &o, &stderr)
		if c.bad {
			if err == nil {
				t.Errorf("-keep-items %s accepted as %d days; want it refused", c.arg, o.itemDays)
			}
			continue
		}
		if err != nil || o.itemDays != c.want || o.seenDays != 90 {
			t.Errorf("-keep-items %s: %d days (keep-seen %d), %v; want %d (and 90)", c.arg, o.itemDays, o.seenDays, err, c.want)
		}
	}
}

// TestHelpShowsEachDefaultOnce: -db's help names $NEWSHOUND_DB once and
// prints one default.
func TestHelpShowsEachDefaultOnce(t *testing.T) {
	var o options
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	o.register(fs, environment{getenv: func(string) string { return "" }})
	var out bytes.Buffer
	fs.SetOutput(&out)
	fs.PrintDefaults()
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Count(line, "(default") > 1 {
			t.Errorf("help line %q shows two defaults", line)
		}
	}
	if !strings.Contains(out.String(), "-keep-items days") {
		t.Errorf("help does not say -keep-items is in days:\n%s", out.String())
	}
}

// TestREADMEListsEveryFlag: each flag that -h shows for run and console is
// in README's configuration table.
func TestREADMEListsEveryFlag(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	section, _, _ := strings.Cut(string(readme[strings.Index(string(readme), "## Configuration"):]), "\n## ")
	flagLine := regexp.MustCompile(`(?m)^  -([a-z-]+)`)
	for _, cmd := range []string{"run", "console"} {
		out, _ := exec.Command(binary, cmd, "-h").CombinedOutput()
		names := flagLine.FindAllStringSubmatch(string(out), -1)
		if len(names) < 10 {
			t.Fatalf("%s -h lists %d flags:\n%s", cmd, len(names), out)
		}
		for _, m := range names {
			if !strings.Contains(section, "`-"+m[1]) {
				t.Errorf("README's configuration table lacks %s -%s", cmd, m[1])
			}
		}
	}
}
