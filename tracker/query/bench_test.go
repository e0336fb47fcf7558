package query

import (
	"fmt"
	"runtime"
	"strings"
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
	// A tracker's index has seen news before: let it learn which words
	// are rare from other texts of the same kind, and file its queries
	// under them, as it does in the first minutes of a run.
	warm := make([]*Doc, 256)
	for i := range warm {
		warm[i] = NewDoc(c.text(60, pct), c.text(1000, pct))
	}
	for i := 0; x.sampled.Load() < 4*firstReanchor; i++ {
		x.Match(warm[i%len(warm)])
	}
	x.Match(docs[0]) // files the queries anew
	return x, qs, docs, texts
}

// indexBytesPerTopic returns the heap an index of the queries takes, ids
// included, per query: what a tracker holds for each topic beyond the
// topic's text.
func indexBytesPerTopic(qs []*Query) float64 {
	ids := make([]string, len(qs))
	for i, q := range qs {
		ids[i] = q.String()
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := NewIndex()
	for i, q := range qs {
		x.Add(strings.Clone(ids[i]), q)
	}
	x.Match(NewDoc("", ""))
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(len(qs))
}

type benchCase struct{ topics, pct int }

var benchCases = []benchCase{{10_000, 15}, {100_000, 5}, {100_000, 15}, {100_000, 35}}

func (tc benchCase) name() string {
	return fmt.Sprintf("topics=%d/vocab=%d%%", tc.topics, tc.pct)
}

func BenchmarkMatch(b *testing.B) {
	for _, tc := range benchCases {
		// Built when a benchmark of this case first runs, not for cases
		// the -bench pattern leaves out.
		var x *Index
		var docs []*Doc
		var texts []string
		var perTopic float64
		setup := func(b *testing.B) {
			if x == nil {
				var qs []*Query
				x, qs, docs, texts = benchSetup(b, tc.topics, tc.pct)
				perTopic = indexBytesPerTopic(qs)
			}
		}
		b.Run(tc.name(), func(b *testing.B) {
			setup(b)
			b.ReportAllocs()
			matches := 0
			cpu := cpuSeconds()
			for i := 0; b.Loop(); i++ {
				matches += len(x.Match(docs[i%len(docs)]))
			}
			reportRate(b, cpuSeconds()-cpu)
			b.ReportMetric(float64(matches)/float64(b.N), "matches/text")
			b.ReportMetric(perTopic, "index-B/topic")
		})
		b.Run(tc.name()+"/withNewDoc", func(b *testing.B) {
			setup(b)
			b.ReportAllocs()
			cpu := cpuSeconds()
			for i := 0; b.Loop(); i++ {
				x.Match(NewDoc("Breaking news", texts[i%len(texts)]))
			}
			reportRate(b, cpuSeconds()-cpu)
		})
	}
}

// reportRate reports texts a second, by the wall clock and by the CPU time
// the process used (the collector's included), which a loaded machine
// inflates less.
func reportRate(b *testing.B, cpu float64) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "texts/s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "texts/cpu-s")
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

// BenchmarkNewDoc tokenises 1-KB texts, a new one each time: on one text
// over and over, the processor learns where its words end and the figure
// is half of what tokenising news costs.
func BenchmarkNewDoc(b *testing.B) {
	c := newCorpus(7, 4000)
	var texts []string
	for range 256 {
		texts = append(texts, c.text(1000, 15))
	}
	b.SetBytes(int64(len(texts[0])))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		NewDoc("Blast at Bagram air base", texts[i%len(texts)])
	}
}

// matchSink keeps the naive loop's result alive.
var matchSink int
