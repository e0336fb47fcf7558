package query

import (
	"fmt"
	"testing"
)

// benchSetup returns an index of n generated topics (and the same queries as
// a slice) and a set of ~1 KB news-like documents.
//
// The vocabulary has 4000 invented words, drawn by a Zipf law in texts and
// uniformly in topics. pct is the percentage of words in the texts (about
// 170 per KB, the rest common English) that come from the vocabulary: 5 is
// a handful of names and topical nouns per text, 15 a dense news text, 35 a
// stress case where a 1 KB text matches ~170 of the 100k topics.
func benchSetup(b *testing.B, n, pct int) (*Index, []*Query, []*Doc, []string) {
	b.Helper()
	c := newCorpus(42, 4000)
	x := NewIndex()
	var qs []*Query
	for len(qs) < n { // distinct topics, as the tracker files them
		q, err := Parse(c.topic())
		if err != nil {
			b.Fatal(err)
		}
		if x.Len() == len(qs) {
			x.Add(q.String(), q)
			if x.Len() > len(qs) {
				qs = append(qs, q)
			}
		}
	}
	var docs []*Doc
	var texts []string
	for i := 0; i < 256; i++ {
		t := c.text(1000, pct)
		texts = append(texts, t)
		docs = append(docs, NewDoc(c.text(60, pct), t))
	}
	return x, qs, docs, texts
}

type benchCase struct{ topics, pct int }

var benchCases = []benchCase{{10_000, 15}, {100_000, 5}, {100_000, 15}, {100_000, 35}}

func (tc benchCase) name() string {
	return fmt.Sprintf("topics=%d/vocab=%d%%", tc.topics, tc.pct)
}

func BenchmarkMatch(b *testing.B) {
	for _, tc := range benchCases {
		n := tc.topics
		x, _, docs, texts := benchSetup(b, n, tc.pct)
		b.Run(tc.name(), func(b *testing.B) {
			b.ReportAllocs()
			matches := 0
			for i := 0; b.Loop(); i++ {
				matches += len(x.Match(docs[i%len(docs)]))
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "texts/s")
			b.ReportMetric(float64(matches)/float64(b.N), "matches/text")
		})
		b.Run(tc.name()+"/withNewDoc", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				x.Match(NewDoc("Breaking news", texts[i%len(texts)]))
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "texts/s")
		})
	}
}

func BenchmarkNaive(b *testing.B) {
	for _, tc := range benchCases {
		_, qs, docs, _ := benchSetup(b, tc.topics, tc.pct)
		b.Run(tc.name(), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				d := docs[i%len(docs)]
				n := 0
				for _, q := range qs {
					if q.Match(d) {
						n++
					}
				}
				matchSink += n
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "texts/s")
		})
	}
}

func BenchmarkNewDoc(b *testing.B) {
	c := newCorpus(7, 4000)
	text := c.text(1000, 15)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		NewDoc("Blast at Bagram air base", text)
	}
}

// matchSink keeps the naive loop's result alive.
var matchSink int
