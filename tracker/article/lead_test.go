package article

import (
	"slices"
	"strings"
	"testing"
)

// leadPage is a news page whose header (headline, lead candidates, photo)
// sits apart from the body's container, as on wire and portal pages.
func leadPage(header, firstBody string) []byte {
	filler := strings.Repeat("<p>The council met again on Tuesday evening to weigh the budget, and members argued for hours about the roads, the schools and the new library that the town has wanted for years.</p>\n", 5)
	return []byte(`<html><head><title>Council rejects the budget plan | Ledger</title>` +
		`<meta name="description" content="The town council of Riverton voted on Monday to reject the mayor's budget plan for next year, leaving the new library without money.">` +
		`</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>` +
		`<div class="layout"><div class="hero"><h1>Council rejects the budget plan</h1>` + header + `</div>` +
		`<div class="article"><div class="share"><a href="/share">Share</a></div>` +
		`<div class="article__text text"><p>` + firstBody + `</p>` + filler + `</div></div></div>` +
		`<footer>Contact us. All rights reserved.</footer></body></html>`)
}

const leadText1 = "The town council of Riverton voted on Monday to reject the mayor's budget plan for next year, leaving the new library without money."

func TestExtractRestoresALeadSetApartFromTheBody(t *testing.T) {
	for name, c := range map[string]struct{ header, body, lead string }{
		"summary class": {`<div class="article__summary summary">` + leadText1 + `</div>`,
			"In addition to the library, the plan would have paid for new roads, said Mayor Jane Smith.", leadText1},
		"lead paragraph": {`<p class="story-lead">` + leadText1 + `</p>`,
			"She said the vote was a mistake and that she would bring the plan back in the spring.", leadText1},
		"intro heading": {`<h2 class="intro">` + leadText1 + `</h2>`,
			"But council members said the town could not pay for the library this year.", leadText1},
		"the description, no class": {`<div class="x1"><p>` + leadText1 + `</p></div>`,
			"He said the vote was a mistake and that he would bring the plan back in the spring.", leadText1},
		"wire dateline outside the body": {`<div class="caas-body-top"><p>RIVERTON, Ore. (AP) — The town council voted on Monday to reject Mayor Jane Smith's budget plan for next year, leaving the library without money.</p></div>`,
			"The mayor, who had promised the library in her campaign, did not comment after the vote on Monday evening.",
			"RIVERTON, Ore. (AP) — The town council voted on Monday to reject Mayor Jane Smith's budget plan for next year, leaving the library without money."},
	} {
		t.Run(name, func(t *testing.T) {
			paras := extractParas(t, leadPage(c.header, c.body))
			if paras[0] != c.lead || len(paras) < 2 || paras[1] != c.body {
				t.Errorf("text does not open with the lead and the body:\n%s", strings.Join(paras, "\n\n"))
			}
		})
	}
}

func TestExtractLeavesOutWhatIsNotTheLead(t *testing.T) {
	const body = "He said the vote was a mistake and that he would bring the plan back in the spring."
	for name, header := range map[string]string{
		// the headline again, as a summary
		"headline again": `<div class="article__summary">Council rejects the budget plan, the Ledger reports</div>`,
		// a teaser of another story: a link
		"teaser of another story": `<div class="summary"><a href="/news/bridge">The Harbour Bridge reopened to traffic on Thursday morning, two years after engineers closed it when cracks were found.</a></div>`,
		// a photo and its caption in the lead slot
		"caption": `<div class="article-lead"><img src="/mayor.jpg" alt=""><p>Mayor Jane Smith speaks to reporters outside the town hall in Riverton on Monday evening after the vote. (John Doe / The Ledger)</p></div>`,
		// a byline
		"byline": `<div class="intro">By Jane Doe and John Smith, Ledger staff writers</div>`,
		// an editor's dek, which the body does not go on from
		"dek": `<p class="article__dek">The vote leaves the town's long-promised library without money for another year, and the mayor without her main campaign promise.</p>`,
	} {
		t.Run(name, func(t *testing.T) {
			b := body
			if name == "dek" {
				b = "The mayor said the vote was a mistake and that she would bring the plan back in the spring."
			}
			// The extractor may keep some of these itself; what is tested
			// is that none is put back as the lead.
			doc, err := parse(leadPage(header, b))
			if err != nil {
				t.Fatal(err)
			}
			paras := []string{b, "The council met again on Tuesday evening to weigh the budget."}
			if got := restoreLead(slices.Clone(paras), findLeads(doc)); !slices.Equal(got, paras) {
				t.Errorf("restored %q as the lead", got[0])
			}
		})
	}
}
