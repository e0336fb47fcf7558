package quote

import "testing"

// Constructed probes of business, markets, tech, agency and regulator
// news (round 17, beat "biz"): classes that went wrong.

// A cooperative or consortium named as one is an organisation that "the
// cooperative" and "the consortium" refer back to; "the department" is
// what British papers call a ministry named before; and a name the
// article made an organisation's stays one when it speaks ("The MoD
// said"). Failed before: "" for the first three (the words made no
// organisation, or "the department" wanted a name with "Department").
func TestBizCooperativesAndDepartments(t *testing.T) {
	runShownCases(t, []shownCase{
		{"cooperative", "The Landworkers' Co-operative, which represents 3,000 small farmers in Wales, said on Friday it would challenge the scheme.\n\n\"Family farms are being squeezed out,\" the cooperative said in a statement.",
			"Landworkers' Co-operative", true},
		{"consortium", "The British Retail Consortium said sales fell 2% in March. Shop prices rose for a third month.\n\n\"Shoppers are cautious,\" the consortium said.",
			"British Retail Consortium", true},
		{"department for a ministry", "The Ministry of Defence has awarded a £1.2 billion contract to Brackwell Systems to build armoured vehicles.\n\n\"This contract will support 1,500 jobs across the UK,\" the department said in a statement.",
			"Ministry of Defence", true},
		// Must not fire: a consortium never named, a department with no
		// ministry named, a cooperative after a government.
		{"consortium never named", "A consortium led by Arden Capital has agreed to buy the retailer Moxley's for £450 million.\n\n\"Moxley's is a much-loved brand,\" the consortium said.",
			"", false},
		{"department never named", "Brackwell Systems won a £1.2 billion contract on Monday.\n\n\"This contract will support 1,500 jobs,\" the department said.",
			"", false},
		{"cooperative never named", "The Welsh Government published its new subsidy scheme on Friday.\n\n\"Family farms are being squeezed out,\" the cooperative said.",
			"", false},
	})
}
