package quote

import (
	"strings"
	"testing"
)

// An organisation named by one word of its own ("Tesla", "Qantas",
// "Greenpeace", "Hezbollah"), the subject of a clause, is what "the
// company", "the airline", "the group", "the bank", "the agency" or "it"
// in that sentence or the next refers back to: given, below ConfidentAt,
// since nothing but the reference says it is an organisation. Failed
// before: "" for all of them; the name was not even registered when it
// opened a sentence, and one that spoke ("Greenpeace said") was taken for
// a person.
func TestBareOrgReferredBack(t *testing.T) {
	cases := []struct{ name, in, speaker string }{
		{"the company, opening the article",
			`Tesla recalled 2 million cars on Wednesday after regulators found its driver-assistance system could be misused. "We are committed to safety," the company said.`, "Tesla"},
		{"the airline, a paragraph on",
			"Qantas cancelled dozens of flights on Friday.\n\n\"We apologise to customers for the disruption,\" the airline said in a statement.", "Qantas"},
		{"the group, after the name spoke",
			`Greenpeace said the spill would harm wildlife for decades. "This is a disaster that was entirely preventable," the group said.`, "Greenpeace"},
		{"it, after the name spoke",
			`Reuters could not verify the footage. Hezbollah said it had fired rockets at a base. "This is a response to the aggression," it said.`, "Hezbollah"},
		{"the carmaker, after an opening phrase",
			`On Tuesday, Toyota raised its forecast for the year. "Demand for hybrids is strong," the carmaker said.`, "Toyota"},
		{"the bank", `Barclays posted a loss of £1 billion. "We are disappointed," the bank said.`, "Barclays"},
		{"the agency", `Frontex said arrivals had fallen by a third. "The numbers are the lowest since 2019," the agency said.`, "Frontex"},
		{"the charity, the name before a noun it qualifies",
			`Oxfam workers delivered food to the camp. "People are starving," the charity said.`, "Oxfam"},
		{"it, nearer than an organisation the sentence before names",
			`The Ministry of Defence said the strike had been planned for weeks. Hezbollah said it would respond. "This will not go unanswered," it said.`, "Hezbollah"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := Extract(c.in)
			if len(qs) != 1 {
				t.Fatalf("got %d quotations, want 1: %+v", len(qs), qs)
			}
			if q := qs[0]; q.Speaker != c.speaker || q.Confidence >= ConfidentAt {
				t.Errorf("%q by %q at %.2f; want %q below ConfidentAt", q.Text, q.Speaker, q.Confidence, c.speaker)
			}
		})
	}
}

// Must not fire: a body facing the firm ("the regulator", which is the
// authority named: TestRegulatorByHead; "the union"), a
// government's noun ("the ministry") after a person named by surname, an
// ordinary word opening the sentence, a place after a preposition, a
// people, two firms, and a name a pronoun makes a person.
func TestBareOrgNotFired(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the regulator", `Barclays was fined £40 million by the Financial Conduct Authority. "The bank fell short of the standards we expect," the regulator said.`,
			[]want{{"The bank fell short of the standards we expect,", "Financial Conduct Authority", "said"}}},
		{"the union", `Starbucks workers walked out on Thursday. "We are ready to bargain," the union said.`,
			[]want{{"We are ready to bargain,", "", "said"}}},
		{"the ministry", `Zelensky said the strikes had hit power plants. "Fourteen people were wounded," the ministry said.`,
			[]want{{"Fourteen people were wounded,", "", "said"}}},
		{"an ordinary word", `Shares rose on Monday. "We are pleased with the quarter," the company said.`,
			[]want{{"We are pleased with the quarter,", "", "said"}}},
		{"a place", `Flights from Sydney were cancelled on Friday. "We apologise to customers," the airline said.`,
			[]want{{"We apologise to customers,", "", "said"}}},
		{"a people", `Ukrainian forces said they had retaken the village. "The enemy has withdrawn," the group said.`,
			[]want{{"The enemy has withdrawn,", "", "said"}}},
		{"two firms", `Nvidia and Qualcomm reported results on Wednesday. "Demand is strong," the company said.`,
			[]want{{"Demand is strong,", "", "said"}}},
		{"a person", `Dimon said the economy was resilient. He warned of risks. "We are prepared," the bank said.`,
			[]want{{"We are prepared,", "", "said"}}},
	})
}

// A one-word name opening a sentence that no English word list has is a
// name ("Qantas cancelled ..."), as it would be inside the sentence; an
// English word, a given name, a country or a people there is left to the
// other signs.
func TestUnknownWordOpensSentence(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"Qantas", true}, {"Greenpeace", true}, {"Hezbollah", true}, {"Albanese", true},
		{"Shares", false}, {"Meanwhile", false}, {"Recalled", false}, {"Jordan", false},
		{"Priya", false}, {"Britain", false}, {"Ukrainian", false}, {"Lebanese", false},
		{"Monday", false}, {"NATO", false}, {"Xi", false}, {"Co-founder", false},
	} {
		tok := token{kind: tWord, text: c.word, low: strings.ToLower(c.word), cap: true}
		if got := unknownWord(tok); got != c.want {
			t.Errorf("unknownWord(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// "Wong said ... Albanese disagreed. "...," she said.": a one-word name
// opening the sentence between, which nothing marks as a person's or not,
// may be the "she": the speaker is not shown.
func TestBareNameRivalsPronoun(t *testing.T) {
	qs := Extract(`Wong said the talks had been productive. Albanese disagreed. "There is a lot of work still to do," she said.`)
	if len(qs) != 1 {
		t.Fatalf("got %d quotations, want 1", len(qs))
	}
	if q := qs[0]; q.Speaker != "" && q.Confidence >= ConfidentAt {
		t.Errorf("%q by %q at %.2f; want it not shown", q.Text, q.Speaker, q.Confidence)
	}
}

// "the regulator" and "the watchdog" refer back to a body whose name says
// what kind of body it is ("Authority", "Commission", "Administration"):
// "Barclays was fined by the Financial Conduct Authority. "...," the
// regulator said". Failed before: "" (a name had to hold the word
// "regulator"). None named: "".
func TestRegulatorByHead(t *testing.T) {
	runCueCases(t, []cueCase{
		{"watchdog", `The Competition and Markets Authority blocked the deal. "It would have hurt consumers," the watchdog said.`,
			[]want{{"It would have hurt consumers,", "Competition and Markets Authority", "said"}}},
		{"regulator", `The Food and Drug Administration approved the drug on Friday. "It is safe," the regulator said.`,
			[]want{{"It is safe,", "Food and Drug Administration", "said"}}},
		// Must not fire.
		{"none named", `Orbel Foods said it would appeal. "We disagree with the company," the regulator said.`,
			[]want{{"We disagree with the company,", "", "said"}}},
	})
}
