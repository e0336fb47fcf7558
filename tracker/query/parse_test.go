package query

import (
	"errors"
	"strings"
	"testing"
)

func TestParseCanonicalForm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bagram", "bagram"},
		{"  bagram ", "bagram"},
		{"BAGRAM's", "bagram"},
		{"Bagram’s", "bagram"},
		{"Bogotá", "bogota"},
		{"Straße", "strasse"},
		{"bagram base", "bagram base"},
		{"base bagram", "bagram base"},
		{"base\t bagram  base", "bagram base"},
		{`"Bagram Air Base"`, `"bagram air base"`},
		{`“Bagram  air base”`, `"bagram air base"`},
		{`"bagram"`, "bagram"},
		{"COVID-19", `"covid 19"`},
		{"U.S.", `"u s"`},
		{"a b OR c", "a b OR c"},
		{"c OR b a", "a b OR c"},
		{"a (b OR c)", "a b OR c"},
		{"(a b) OR c", "(a b) OR c"},
		{"c OR (b a)", "(a b) OR c"},
		{"a OR (b OR c)", "a OR b OR c"},
		{"((a))", "a"},
		{"a (b c)", "a b c"},
		{"kabul -rumour", "kabul -rumour"},
		{"-rumour kabul", "kabul -rumour"},
		{`kabul -"fake news"`, `kabul -"fake news"`},
		{"kabul -(a OR b)", "kabul -(a OR b)"},
		{"kabul -(b a)", "kabul -(a b)"},
		{"kabul -(a)", "kabul -a"},
		{"a OR a", "a"},
		{"kabul or bagram", "bagram kabul or"}, // lower-case or is a word
		{"bagram AND kabul", "bagram kabul"},
		{"kabul AND bagram AND base", "bagram base kabul"},
		{"bagram and kabul", "and bagram kabul"}, // lower-case and is a word
		{"taliban AND bagram OR kandahar", "bagram OR kandahar taliban"},
		{"(a OR b) AND -c", "a OR b -c"},
		{`"rock AND roll"`, `"rock and roll"`},
		{"taliban's “kabul airport” OR bagram -rumours", `"kabul airport" OR bagram taliban -rumours`},
		{"Ünïcödé ΑΘΗΝΑ", "unicode αθηνα"},
	}
	for _, tt := range tests {
		q, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := q.String(); got != tt.want {
			t.Errorf("Parse(%q).String() = %q; want %q", tt.in, got, tt.want)
		}
		q2, err := Parse(q.String())
		if err != nil || q2.String() != q.String() {
			t.Errorf("round trip of %q: got %v, %v; want %q", tt.in, q2, err, q.String())
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in  string
		pos int
		msg string // substring of Error()
	}{
		{"", 0, "empty query"},
		{"   ", 0, "empty query"},
		{`kabul "bagram`, 6, "at character 7: unclosed quote"},
		{`kabul “bagram`, 6, "unclosed quote"},
		{`kabul ""`, 6, "empty phrase"},
		{`kabul " !! "`, 6, "empty phrase"},
		{"OR kabul", 0, "dangling OR"},
		{"kabul OR", 6, "dangling OR"},
		{"kabul OR OR bagram", 6, "dangling OR"},
		{"(kabul OR) x", 7, "dangling OR"},
		{"AND kabul", 0, "dangling AND: put a word or phrase before it"},
		{"kabul AND", 6, "dangling AND: put a word or phrase after it"},
		{"kabul AND AND bagram", 6, "dangling AND"},
		{"kabul AND OR bagram", 6, "dangling AND"},
		{"kabul OR AND bagram", 6, "dangling OR"},
		{"(kabul AND) x", 7, "dangling AND"},
		{"(kabul", 0, "at character 1: unbalanced parenthesis: this ( is never closed"},
		{"kabul)", 5, "unbalanced parenthesis: this ) has no matching ("},
		{"kabul ()", 6, "empty parentheses"},
		{"-rumour", 0, "only exclusions"},
		{"-a -b", 0, "only exclusions"},
		{"x (-a -b)", 3, "only exclusions"},
		{"x OR -a", 5, "OR alternative cannot be an exclusion"},
		{"-x OR a", 0, "OR alternative cannot be an exclusion"},
		{"a -(-b)", 4, "only exclusions"},
		{"a --b", 2, `"-" must be directly followed`},
		{"a - b", 2, `"-" must be directly followed`},
		{"a -", 2, `"-" must be directly followed`},
		{"a (b -)", 5, `"-" must be directly followed`},
		{"kabul &", 6, `stray characters "&"`},
		{"kabul !!! x", 6, `stray characters "!!!"`},
		{strings.Repeat("a", 201), 200, "too long (201 characters; the limit is 200)"},
		{strings.Repeat("w ", 21), 40, "too many terms"},
		{strings.Repeat("ß", 101), 0, "too long once normalised (202 characters"},
	}
	for _, tt := range tests {
		q, err := Parse(tt.in)
		var qe *Error
		if !errors.As(err, &qe) {
			t.Errorf("Parse(%q) = %v, %v; want *Error", tt.in, q, err)
			continue
		}
		if qe.Pos != tt.pos || !strings.Contains(qe.Error(), tt.msg) {
			t.Errorf("Parse(%q) error = %q (pos %d); want pos %d containing %q", tt.in, qe.Error(), qe.Pos, tt.pos, tt.msg)
		}
	}
}

func TestTermsExcludeExclusions(t *testing.T) {
	q, err := Parse(`Taliban "Kabul airport" OR Bagram -rumour -"fake news"`)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(q.Terms(), "|")
	if want := "kabul airport|bagram|taliban"; got != want {
		t.Errorf("Terms() = %q; want %q", got, want)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"bagram", `"bagram air base" OR kabul -rumour`, "(a b) OR c", "a -(b OR c)",
		"COVID-19 U.S.", "Bogotá’s straße", `“x”`, "a (b", "-a", "x OR", "a AND b OR c", "AND", "İstanbul ǅ ﬁ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Parse(%q) error %T; want *Error", s, err)
			}
			return
		}
		c := q.String()
		q2, err := Parse(c)
		if err != nil {
			t.Fatalf("Parse(%q) = %q, which does not parse: %v", s, c, err)
		}
		if c2 := q2.String(); c2 != c {
			t.Fatalf("Parse(%q) = %q, which parses to %q", s, c, c2)
		}
		d := NewDoc(s, s)
		if got, want := compile(q.root, nil).match(d), q.Match(d); got != want {
			t.Fatalf("%q on itself: program says %v, tree says %v", c, got, want)
		}
		q.Explain(d)
		q.Spans(s)
	})
}
