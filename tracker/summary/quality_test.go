package summary

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
	"unicode"

	"newshound/tracker/internal/corpustest"
)

const bbcPath = corpustest.Dir + "/bbc-news-summary-sample/pairs.jsonl"

// Floors just under what TestQualityBBC measures (sentence precision 0.820,
// ROUGE-1 precision 0.899, recall 0.444 with 3 sentences); Lead-3 scores
// sentence precision 0.603 on the same data.
const (
	sentencePrecisionFloor = 0.80
	rouge1PrecisionFloor   = 0.88
)

// TestQualityBBC summarises each BBC article as a single-source story and
// scores the chosen sentences against the gold extractive summary: sentence
// precision (chosen sentences found in the summary) and ROUGE-1 precision /
// recall of the chosen words against the summary words.
func TestQualityBBC(t *testing.T) {
	f, err := os.Open(bbcPath)
	if err != nil {
		t.Skipf("corpus absent (%v); see /work/shared/corpus/bbc-news-summary-sample", err)
	}
	defer f.Close()
	var picked, hits, lead3hits, lead3 float64
	var r1p, r1r float64
	var n int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for sc.Scan() {
		var p struct {
			ID        string   `json:"id"`
			Title     string   `json:"title"`
			Sentences []string `json:"sentences"`
			Summary   []string `json:"summary"`
		}
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		gold := map[string]bool{}
		for _, s := range p.Summary {
			gold[norm(s)] = true
		}
		for _, s := range p.Sentences[:min(3, len(p.Sentences))] {
			lead3++
			if gold[norm(s)] {
				lead3hits++
			}
		}
		sum := Build([]Story{{ID: p.ID, Sources: []Source{{Outlet: "BBC", URL: p.ID, Title: p.Title,
			Published: now, Text: strings.Join(p.Sentences, " ")}}}}, Options{Now: now})
		got := sum.Stories[0].Sentences
		for _, s := range got {
			picked++
			if gold[norm(s)] {
				hits++
			}
		}
		pr, rr := rouge1(strings.Join(got, " "), strings.Join(p.Summary, " "))
		r1p += pr
		r1r += rr
		n++
	}
	sp, rp, rr := hits/picked, r1p/float64(n), r1r/float64(n)
	t.Logf("BBC %d articles: sentence precision %.3f (%d picked; Lead-3 %.3f), ROUGE-1 precision %.3f recall %.3f",
		n, sp, int(picked), lead3hits/lead3, rp, rr)
	if sp < sentencePrecisionFloor || rp < rouge1PrecisionFloor {
		t.Errorf("sentence precision %.3f, ROUGE-1 precision %.3f; want ≥ %.2f, ≥ %.2f", sp, rp, sentencePrecisionFloor, rouge1PrecisionFloor)
	}
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

func rouge1(sys, ref string) (p, r float64) {
	split := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w]++
		}
		return m
	}
	a, b := split(sys), split(ref)
	var inter, na, nb int
	for w, c := range a {
		inter += min(c, b[w])
		na += c
	}
	for _, c := range b {
		nb += c
	}
	if na == 0 || nb == 0 {
		return 0, 0
	}
	return float64(inter) / float64(na), float64(inter) / float64(nb)
}
