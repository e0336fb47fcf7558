package stem

import "testing"

func TestStem(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"strikes", "strik"}, {"strike", "strike"}, {"killed", "kill"}, {"talking", "talk"},
		{"cities", "city"}, {"city", "city"}, {"boxes", "box"}, {"glass", "glass"}, {"bases", "base"},
		{"bus", "bus"}, {"news", "new"},
	} {
		if got := Word(c.in); got != c.want {
			t.Errorf("Word(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}
