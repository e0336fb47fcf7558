package feed

import (
	"bytes"
	"time"
)

// gofeed's RSS parser reads an item's <pubDate> by trying some 140 layouts
// in turn, and every layout that fails allocates an error. RFC 1123 dates
// with a named zone ("Sun, 29 Nov 2026 10:00:00 GMT"), the form most feeds
// use, come after about 90 failures: a third of the parse's time and a
// quarter of its garbage. fastDates reads the common RFC 822/1123 forms
// itself and hands gofeed each date as RFC 3339, its second layout.

// fastDates returns body with the value of each plain <pubDate> element
// that readRFC1123 reads rewritten as RFC 3339 in UTC: the same instant
// gofeed would read. Anything else (attributes, CDATA, entities, other
// shapes of date, text in comments or CDATA sections) is left alone for
// gofeed to read as before. body itself is never modified; when no date
// is rewritten, body is returned.
func fastDates(body []byte) []byte {
	const open, end = "<pubDate>", "</pubDate>"
	var out []byte
	done := 0 // body[:done] is in out (once out exists)
	for i := 0; i < len(body); {
		j := bytes.IndexByte(body[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := body[i:]
		if skip := opaqueSection(rest); skip > 0 {
			i += skip
			continue
		}
		if !bytes.HasPrefix(rest, []byte(open)) {
			i++
			continue
		}
		vs := i + len(open)
		k := bytes.IndexByte(body[vs:], '<')
		if k < 0 {
			break
		}
		ve := vs + k
		i = ve
		if !bytes.HasPrefix(body[ve:], []byte(end)) {
			continue
		}
		t, ok := readRFC1123(bytes.TrimSpace(body[vs:ve]))
		if !ok {
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(body))
		}
		out = append(out, body[done:vs]...)
		out = t.AppendFormat(out, time.RFC3339)
		done = ve
	}
	if out == nil {
		return body
	}
	return append(out, body[done:]...)
}

// opaqueSection returns the length of the CDATA section or comment that
// rest starts with (all of rest when it is not closed), or 0: text inside
// one is not markup.
func opaqueSection(rest []byte) int {
	for _, sec := range [...][2]string{{"<![CDATA[", "]]>"}, {"<!--", "-->"}} {
		if !bytes.HasPrefix(rest, []byte(sec[0])) {
			continue
		}
		if k := bytes.Index(rest, []byte(sec[1])); k >= 0 {
			return k + len(sec[1])
		}
		return len(rest)
	}
	return 0
}

// zoneOffsets are the zone names gofeed knows, with its offsets (seconds
// east of UTC), so that a date reads the same either way.
var zoneOffsets = map[string]int{
	"GMT": 0, "UTC": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"WET": 0, "WEST": 1 * 3600, "BST": 1 * 3600, "CET": 1 * 3600,
	"CEST": 2 * 3600, "EET": 2 * 3600, "EEST": 3 * 3600,
}

var (
	dayNames   = [...]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}
	monthNames = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)

// readRFC1123 reads "Day, D[D] Mon YYYY HH:MM:SS ZONE", single spaces,
// English names in any case, ZONE a name of zoneOffsets or ±hhmm, and
// returns it in UTC. It refuses anything else, and any date out of range,
// leaving it to gofeed: the shapes it reads are those gofeed reads the same
// (gofeed reads no "UT", "Z" or "+hh:mm" after a one-digit day, for one).
func readRFC1123(s []byte) (time.Time, bool) {
	var zero time.Time
	if len(s) < 5 || s[3] != ',' || s[4] != ' ' || lookupName(s[:3], dayNames[:]) < 0 {
		return zero, false
	}
	s = s[5:]
	day, s, ok := digits(s, 1, 2)
	if !ok || !skipSpace(&s) || len(s) < 4 {
		return zero, false
	}
	mon := lookupName(s[:3], monthNames[:])
	if mon < 0 {
		return zero, false
	}
	s = s[3:]
	var year, hour, min, sec int
	if !skipSpace(&s) {
		return zero, false
	}
	if year, s, ok = digits(s, 4, 4); !ok || !skipSpace(&s) {
		return zero, false
	}
	if hour, s, ok = digits(s, 2, 2); !ok || len(s) == 0 || s[0] != ':' {
		return zero, false
	}
	if min, s, ok = digits(s[1:], 2, 2); !ok {
		return zero, false
	}
	if len(s) == 0 || s[0] != ':' {
		return zero, false
	}
	if sec, s, ok = digits(s[1:], 2, 2); !ok {
		return zero, false
	}
	if !skipSpace(&s) {
		return zero, false
	}
	offset, ok := zoneOffset(s)
	if !ok {
		return zero, false
	}
	month := time.Month(mon + 1)
	if day < 1 || day > daysIn(month, year) || hour > 23 || min > 59 || sec > 59 {
		return zero, false
	}
	t := time.Date(year, month, day, hour, min, sec, 0, time.UTC).Add(-time.Duration(offset) * time.Second)
	if t.Year() < 1000 || t.Year() > 9999 {
		return zero, false // RFC 3339 writes four-digit years only
	}
	return t, true
}

func zoneOffset(s []byte) (int, bool) {
	if len(s) == 5 && (s[0] == '+' || s[0] == '-') {
		h, rest, ok := digits(s[1:], 2, 2)
		if !ok {
			return 0, false
		}
		m, rest, ok := digits(rest, 2, 2)
		if !ok || len(rest) != 0 || h > 23 || m > 59 {
			return 0, false
		}
		off := h*3600 + m*60
		if s[0] == '-' {
			off = -off
		}
		return off, true
	}
	off, ok := zoneOffsets[string(s)]
	return off, ok
}

// digits reads min to max ASCII digits from the start of s.
func digits(s []byte, min, max int) (int, []byte, bool) {
	n, i := 0, 0
	for i < len(s) && i < max && '0' <= s[i] && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, s[i:], i >= min
}

func skipSpace(s *[]byte) bool {
	if len(*s) == 0 || (*s)[0] != ' ' {
		return false
	}
	*s = (*s)[1:]
	return true
}

// lookupName is the index in names (lower case) of the three letters b, in
// any case, or -1.
func lookupName(b []byte, names []string) int {
	if len(b) != 3 {
		return -1
	}
	var l [3]byte
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l[i] = c
	}
	for i, n := range names {
		if n == string(l[:]) {
			return i
		}
	}
	return -1
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
