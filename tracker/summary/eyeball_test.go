package summary

import "testing"

func TestEyeballBagram(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("run with -v to print the Bagram example summary")
	}
	for _, st := range Build(bagramStories(), Options{Now: now, Terms: []string{"bagram"}}).Stories {
		t.Logf("%s %q %s latest=%s", st.ID, st.Title, st.URL, st.Latest)
		for _, l := range st.Sources {
			t.Logf("  source %s %s", l.Outlet, l.URL)
		}
		for _, s := range st.Sentences {
			t.Logf("  • %s", s)
		}
		for _, q := range st.Quotes {
			t.Logf("  “%s” — %s (%s, %s; %d outlets)", q.Text, q.Speaker, q.Outlet, q.URL, q.Outlets)
		}
	}
}
