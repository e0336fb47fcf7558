package quote

import "testing"

// A run of quotation paragraphs goes on past page furniture left in an
// article's text, as from one paragraph to the next: a photograph's
// caption with its credit, an advertisement's label, a link to another
// story. Before, the caption and the link (which name people) stopped the
// run, and an advertisement's label lowered it below the confidence shown.
func TestQuotesPastClutter(t *testing.T) {
	const lead = "Mayor Karen Bass defended the budget on Tuesday.\n\n\"We made hard choices,\" she said.\n\n"
	const next = "\n\n\"But we protected the services people rely on.\""
	for _, c := range []struct{ name, between string }{
		{"caption", "Mayor Karen Bass speaks at City Hall on Tuesday. (AP Photo/Jae C. Hong)"},
		{"advertisement", "Advertisement"},
		{"related link", "Related: Tom Reed resigns as council leader"},
	} {
		t.Run(c.name, func(t *testing.T) {
			qs := Extract(lead + c.between + next)
			if len(qs) != 2 {
				t.Fatalf("got %d quotations; want 2", len(qs))
			}
			if q := qs[1]; q.Speaker != "Karen Bass" || !q.Confident() {
				t.Errorf("got %q at %.2f; want Karen Bass, shown", q.Speaker, q.Confidence)
			}
		})
	}
	// Not fired: a paragraph of narrative about someone else.
	qs := Extract(lead + "Council leader Tom Reed called the cuts reckless." + next)
	if len(qs) != 2 || qs[1].Speaker == "Karen Bass" {
		t.Errorf("past narrative about someone else: got %+v; want no Karen Bass", qs)
	}
}
