package tracker_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/feed"
	"newshound/tracker/fetch"
)

// benchVocabulary is a few thousand words, place names and surnames from
// which topics and item texts are drawn.
func benchVocabulary() []string {
	base := strings.Fields(`afghanistan bagram kabul kandahar taliban pentagon senate congress election
	parliament minister president budget inflation interest rates central bank tariff trade
	export import semiconductor chip factory strike port union wage climate storm flood drought
	wildfire earthquake vaccine hospital outbreak football transfer league cup final olympics
	court ruling appeal lawsuit merger acquisition startup funding bitcoin crypto satellite rocket
	launch nasa mars moon ukraine russia china taiwan israel gaza iran oil gas pipeline refinery
	railway airline airport strike protest police army navy airforce drone missile treaty summit`)
	var out []string
	r := rand.New(rand.NewPCG(1, 2))
	out = append(out, base...)
	for len(out) < 4000 {
		n := 4 + r.IntN(6)
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		out = append(out, string(b))
	}
	return out
}

func benchTopics(n int, vocab []string) []string {
	r := rand.New(rand.NewPCG(3, 4))
	topics := make([]string, 0, n)
	seen := map[string]bool{}
	for len(topics) < n {
		var t string
		switch r.IntN(10) {
		case 0:
			t = fmt.Sprintf("%q", vocab[r.IntN(len(vocab))]+" "+vocab[r.IntN(len(vocab))])
		case 1:
			t = vocab[r.IntN(len(vocab))] + " OR " + vocab[r.IntN(len(vocab))]
		case 2:
			t = vocab[r.IntN(len(vocab))] + " -" + vocab[r.IntN(len(vocab))]
		default:
			k := 1 + r.IntN(3)
			w := make([]string, k)
			for i := range w {
				w[i] = vocab[r.IntN(len(vocab))]
			}
			t = strings.Join(w, " ")
		}
		if !seen[t] {
			seen[t] = true
			topics = append(topics, t)
		}
	}
	return topics
}

// title makes a headline: two topic words and five words of its own.
func title(r *rand.Rand, vocab []string) string {
	w := []string{vocab[r.IntN(len(vocab))], vocab[r.IntN(len(vocab))]}
	for len(w) < 7 {
		b := make([]byte, 4+r.IntN(5))
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		w = append(w, string(b))
	}
	r.Shuffle(len(w), func(i, j int) { w[i], w[j] = w[j], w[i] })
	return strings.Join(w, " ")
}

// prose is the filler of item texts: common words that no topic uses, so
// that, as in real news, an item matches a handful of topics, not hundreds.
var prose = strings.Fields(`the a of to in and said on for that with was as at by from has have
	after over new more than its were would about officials government people year week could their
	which when told other since also been but not two three first last under between during before`)

// benchEpoch is when bench feeds' newest items were published: an hour
// before the run, so that they are news (in the story window, signed and
// clustered) whenever the benchmark runs.
var benchEpoch = time.Now().UTC().Add(-time.Hour).Truncate(time.Minute)

// benchFeed is a 50-item RSS feed with HTML descriptions of about 500
// bytes; round makes its GUIDs and links unique. One word in twenty comes
// from the topic vocabulary.
func benchFeed(round int, vocab []string) []byte {
	r := rand.New(rand.NewPCG(uint64(round), 7))
	word := func() string {
		if r.IntN(20) == 0 {
			return vocab[r.IntN(len(vocab))]
		}
		return prose[r.IntN(len(prose))]
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench Wire</title><link>https://bench.example/</link><description>Bench</description>`)
	for i := 0; i < 50; i++ {
		words := make([]string, 80)
		for j := range words {
			words[j] = word()
		}
		fmt.Fprintf(&b, `<item><title>%s</title><link>https://bench.example/%d/%d?utm_source=rss</link><guid>bench-%d-%d</guid><pubDate>%s GMT</pubDate><description><![CDATA[<p>%s</p><p><a href="https://bench.example/">Read more</a></p>]]></description></item>`,
			title(r, vocab), round, i, round, i, benchEpoch.Add(-time.Duration(i)*time.Minute).Format("Mon, 02 Jan 2006 15:04:05"), strings.Join(words, " "))
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

// BenchmarkParseOnly is gofeed's universal parser alone on the feed
// BenchmarkIngest ingests: the yardstick for the ingest's cost.
func BenchmarkParseOnly(b *testing.B) {
	body := benchFeed(0, benchVocabulary())
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	p := gofeed.NewParser()
	cpu := cpuSeconds()
	for b.Loop() {
		if _, err := p.ParseString(string(body)); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpuSeconds()-cpu)
	b.ReportMetric(float64(b.N*50)/b.Elapsed().Seconds(), "items/s")
}

// reportCPU reports the CPU time an op took, user and system, the
// collector's included: the process's CPU time over the loop, of which a
// loaded machine inflates less than of the wall time (compare this
// between benchmarks of one run as well as ns/op).
func reportCPU(b *testing.B, cpu float64) {
	if cpu > 0 {
		b.ReportMetric(cpu*1e3/float64(b.N), "cpu-ms/op")
	}
}

// warmUp ingests another feed's 100 polls (5,000 items) so that tr's
// topic index is refiled under the words rarest in the news, as a running
// bot's is.
func warmUp(b *testing.B, tr *tracker.Tracker, vocab []string) {
	b.Helper()
	warm := &tracker.Feed{URL: "https://bench.example/warm", Baselined: true}
	for k := range 100 {
		if _, err := tr.IngestBody(context.Background(), warm, benchFeed(1_000_000+k, vocab)); err != nil {
			b.Fatal(err)
		}
	}
	if err := tr.WaitRecorded(); err != nil {
		b.Fatal(err)
	}
}

// benchTracker makes a tracker on a bbolt file of outer's (kept, as the
// tracker, until outer ends: b.N grows over several runs of a
// sub-benchmark, which make it once) with n topics and Config.Parsers
// parsers, warmed up: a running bot has built its topic index and had it
// refiled under the words rarest in the news it saw (after its first
// 4,096 texts; see tracker/query), so the warm-up ingests another feed's
// 100 polls (5,000 items) and the loop measures that steady state, not
// the one-off rebuild after adding the topics.
func benchTracker(outer, b *testing.B, n int, vocab []string, parsers int) (*tracker.Tracker, *store.DB) {
	b.Helper()
	db, err := store.Open(filepath.Join(outer.TempDir(), fmt.Sprintf("bench-%d-%d.db", n, parsers)), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	outer.Cleanup(func() { db.Close() })
	tr, err := tracker.New(context.Background(), tracker.Config{
		Store: db, Notifier: newRecorder(), Client: fetch.New(fetch.Options{}), Parsers: parsers,
	})
	if err != nil {
		b.Fatal(err)
	}
	if err := tr.AddTopicsInMemory(benchTopics(n, vocab)); err != nil {
		b.Fatal(err)
	}
	warmUp(b, tr, vocab)
	return tr, db
}

// BenchmarkIngest is one feed's polls one after another, each as a poll
// worker runs it less the fetch (IngestBody): parse, normalise, dedup,
// match, story, and the commit (one bbolt transaction, two fsyncs), which
// runs in the background while the next poll parses, as a worker's does.
// The loop ends when every commit has: ns/op counts all of the work.
func BenchmarkIngest(b *testing.B) {
	vocab := benchVocabulary()
	type rig struct {
		tr     *tracker.Tracker
		db     *store.DB
		f      *tracker.Feed
		bodies [][]byte
		round  int
	}
	rigs := map[int]*rig{}
	outer := b
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("topics=%d", n), func(b *testing.B) {
			// b.N grows over several runs of this function: the tracker,
			// its topics and its warm-up are made once, and kept until
			// the benchmark's end.
			r := rigs[n]
			if r == nil {
				tr, db := benchTracker(outer, b, n, vocab, 0)
				r = &rig{tr: tr, db: db, f: &tracker.Feed{URL: "https://bench.example/rss", Baselined: true}}
				r.bodies = make([][]byte, 64)
				for i := range r.bodies {
					r.bodies[i] = benchFeed(i+1, vocab)
				}
				rigs[n] = r
			}
			tr, f, bodies := r.tr, r.f, r.bodies
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			cpu := cpuSeconds()
			for range b.N {
				i := r.round
				if i > 0 && i%len(bodies) == 0 {
					// Every body has been ingested once: make new ones, so
					// the items are new again (GUIDs and URLs are unique to
					// a round). The commits under way finish first, in the
					// timed region.
					if err := tr.WaitRecorded(); err != nil {
						b.Fatal(err)
					}
					b.StopTimer()
					off := cpuSeconds()
					for j := range bodies {
						bodies[j] = benchFeed(i+j+1, vocab)
					}
					cpu += cpuSeconds() - off
					b.StartTimer()
				}
				if _, err := tr.IngestBody(context.Background(), f, bodies[i%len(bodies)]); err != nil {
					b.Fatal(err)
				}
				r.round++
			}
			// The last commits are part of the work.
			if err := tr.WaitRecorded(); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			reportCPU(b, cpuSeconds()-cpu)
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(b.N*50)/b.Elapsed().Seconds(), "items/s")
			// Includes regenerating bodies, which is small beside the ingest.
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*50), "allocs/item")
			// What an item takes in the file: its bucket's pages per item.
			if n, size, err := r.db.ItemFootprint(); err == nil && n > 0 {
				b.ReportMetric(float64(size)/float64(n), "stored-B/item")
			}
		})
	}
}

// BenchmarkIngestPolls is BenchmarkIngest as the poll workers run it when
// many feeds change at once: pollWorkers goroutines, each polling a feed of
// its own, parse and ingest through the tracker's parsing slots, one here
// (Config.Parsers), so that no two polls parse or match at once, as
// BenchmarkParseOnly's parses do not; each commits outside its slot, so a
// poll's commit (its disk writes and fsyncs) overlaps the next poll's
// parse, and polls committing at the same time share a transaction, as
// they do in a running bot. BenchmarkIngest is one poll alone, commit
// included.
func BenchmarkIngestPolls(b *testing.B) {
	const pollWorkers = 4
	vocab := benchVocabulary()
	type rig struct {
		tr    *tracker.Tracker
		feeds []*tracker.Feed
		round int
	}
	rigs := map[int]*rig{}
	outer := b
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("topics=%d", n), func(b *testing.B) {
			// b.N grows over several runs of this function: the tracker,
			// its topics and its warm-up are made once, and kept until
			// the benchmark's end.
			r := rigs[n]
			if r == nil {
				tr, _ := benchTracker(outer, b, n, vocab, 1)
				r = &rig{tr: tr, round: 1}
				rigs[n] = r
				for w := range pollWorkers {
					r.feeds = append(r.feeds, &tracker.Feed{URL: fmt.Sprintf("https://bench.example/rss/%d", w), Baselined: true})
				}
			}
			// A body for each poll, new items each (rounds make GUIDs
			// and URLs unique).
			bodies := make([][]byte, b.N)
			for i := range bodies {
				bodies[i] = benchFeed(r.round+i, vocab)
			}
			r.round += b.N
			b.ReportAllocs()
			b.ResetTimer()
			cpu := cpuSeconds()
			var next atomic.Int64
			errs := make(chan error, pollWorkers)
			var wg sync.WaitGroup
			for _, f := range r.feeds {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := next.Add(1) - 1; i < int64(len(bodies)); i = next.Add(1) - 1 {
						if _, err := r.tr.PollBody(context.Background(), f, bodies[i]); err != nil {
							errs <- err
							return
						}
					}
				}()
			}
			wg.Wait()
			// The last commits are part of the work.
			rerr := r.tr.WaitRecorded()
			b.StopTimer()
			reportCPU(b, cpuSeconds()-cpu)
			close(errs)
			if err := <-errs; err != nil {
				b.Fatal(err)
			}
			if rerr != nil {
				b.Fatal(rerr)
			}
			b.ReportMetric(float64(b.N*50)/b.Elapsed().Seconds(), "items/s")
		})
	}
}

func BenchmarkNormaliseOnly(b *testing.B) {
	body := benchFeed(0, benchVocabulary())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := feed.Parse(body); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*50)/b.Elapsed().Seconds(), "items/s")
}
