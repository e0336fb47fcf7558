// Command nhfarm measures Newshound polling many feeds: it serves N RSS
// feeds from H loopback addresses (127.0.2.1 ... 127.0.2.H; ETag,
// Last-Modified, 304, gzip), runs the newshound binary on them as
// `console -json -poll P`, tracks "bagram", and then, once a cycle, makes a
// share of the feeds publish and puts one Bagram item in one of them. It
// reports how long the first poll of every feed took, CPU-seconds per
// 10,000 polls after that, peak resident memory, the longest gap between
// two polls of one feed with a histogram of gaps, and the Bagram alerts
// against the Bagram items published.
//
//	go build -o /tmp/newshound ./cmd/newshound
//	go run ./cmd/nhfarm -bin /tmp/newshound -n 10000 -cycles 5
//
// Only loopback addresses are used; every run is bounded by -max.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	n := flag.Int("n", 10000, "feeds")
	hosts := flag.Int("hosts", 200, "loopback hosts (127.0.2.1 ...)")
	port := flag.Int("port", 28180, "port on every host")
	bin := flag.String("bin", "", "the newshound binary (go build -o ... ./cmd/newshound)")
	poll := flag.Duration("poll", time.Minute, "newshound -poll")
	cycles := flag.Int("cycles", 5, "publishing cycles after the first poll of every feed")
	pct := flag.Float64("pct", 1, "percent of feeds that publish an item each cycle")
	tail := flag.Duration("tail", 0, "wait after the last cycle (default 4×poll+30s, so every feed is polled again)")
	maxRun := flag.Duration("max", 30*time.Minute, "give up after this long")
	extra := flag.String("args", "", "more newshound flags, space-separated (e.g. \"-listen 127.0.0.1:6060\" for /debug/pprof/)")
	flag.Parse()
	if *bin == "" {
		log.Fatal("nhfarm: -bin is required (go build -o /tmp/newshound ./cmd/newshound)")
	}
	if *tail == 0 {
		*tail = 4**poll + 30*time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), *maxRun)
	defer cancel()
	if err := run(ctx, *n, *hosts, *port, *bin, *poll, *cycles, *pct, *tail, strings.Fields(*extra)); err != nil {
		log.Fatal("nhfarm: ", err)
	}
}

// words is the vocabulary of the farm's items, as in the outside check's
// farm: common news words plus 4,700 words built of syllables, so that
// items share words as news does, not all of them.
var words = makeWords()

func makeWords() []string {
	base := strings.Fields(`government minister president election police court report attack forces
city council market prices company shares economy trade talks deal crisis officials border security
health hospital school students water energy power climate storm flood fire rescue army troops base
airport flight airline bank interest rates inflation jobs workers strike union protest rally vote
party leader opposition parliament senate congress law bill budget tax plan policy reform spending
war peace ceasefire talks summit treaty sanctions embassy diplomat foreign ministry defence navy
village region province district capital north south east west central coast island river mountain
hospital doctors nurses patients vaccine virus outbreak study research scientists university data
technology internet phone software cyber hackers network company profits losses sales growth exports
imports oil gas coal solar wind nuclear plant factory farmers crops harvest drought food prices
court judge trial jury verdict prison charges arrest suspect investigation inquiry probe evidence
police officers shooting crash accident killed injured dead missing search rescue teams weather
football cricket match team coach players season league cup final win loss draw record champion
film music festival artist museum book author award prize theatre show series star fans concert`)
	syl := strings.Fields("ka lo mi ra ten sol ver dan pi qu zor bel fin gra hu ix jo ne ost pla rim sa tu vo wen yal zu mar tis del")
	r := rand.New(rand.NewPCG(42, 42))
	seen := map[string]bool{}
	for _, w := range base {
		seen[w] = true
	}
	out := append([]string(nil), base...)
	for len(out) < 5000 {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] && w != "bagram" {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

type feedItem struct {
	seq    int
	title  string
	desc   string
	pub    time.Time
	bagram bool
}

type farmFeed struct {
	mu      sync.Mutex
	id      int
	items   []feedItem // newest first
	etag    string
	lastMod string
	plain   []byte
	gz      []byte
	got200  bool
	last    time.Time
	maxGap  time.Duration
}

func (f *farmFeed) render(host, port int) {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Farm Daily %d</title><link>http://127.0.2.%d:%d/</link><description>Feed %d</description>`, f.id, host, port, f.id)
	for _, it := range f.items {
		fmt.Fprintf(&b, `<item><title>%s</title><link>http://127.0.2.%d:%d/a/%d/%d</link><guid>farm-%d-%d</guid><pubDate>%s</pubDate><description>%s</description></item>`,
			it.title, host, port, f.id, it.seq, f.id, it.seq, it.pub.UTC().Format(time.RFC1123Z), it.desc)
	}
	b.WriteString(`</channel></rss>`)
	f.plain = b.Bytes()
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(f.plain)
	w.Close()
	f.gz = z.Bytes()
	f.etag = fmt.Sprintf(`"f%d-%d"`, f.id, len(f.items)+f.items[0].seq)
	f.lastMod = time.Now().UTC().Format(http.TimeFormat)
}

func newItem(r *rand.Rand, seq int, pub time.Time, bagram bool) feedItem {
	t := make([]string, 6+r.IntN(6))
	for i := range t {
		t[i] = words[r.IntN(len(words))]
	}
	t[0] = strings.ToUpper(t[0][:1]) + t[0][1:]
	if bagram {
		t = append([]string{"Bagram:"}, t...)
	}
	var d strings.Builder
	start := true
	for d.Len() < 1000 {
		w := words[r.IntN(len(words))]
		if start {
			w, start = strings.ToUpper(w[:1])+w[1:], false
		}
		d.WriteString(w)
		switch x := r.IntN(14); x {
		case 0:
			d.WriteString(". ")
			start = true
		case 1:
			d.WriteString(", ")
		default:
			d.WriteByte(' ')
		}
	}
	if bagram {
		d.WriteString(". Officials near Bagram said the situation was developing")
	}
	d.WriteByte('.')
	return feedItem{seq: seq, title: strings.Join(t, " "), desc: d.String(), pub: pub, bagram: bagram}
}

type farm struct {
	feeds    []*farmFeed
	hosts    int
	port     int
	requests atomic.Int64
	baseline atomic.Int64 // feeds served a 200 at least once
	start    time.Time
	baseDone chan struct{}
	once     sync.Once
}

func (fm *farm) url(id int) string {
	return fmt.Sprintf("http://127.0.2.%d:%d/f/%d.xml", id%fm.hosts+1, fm.port, id)
}

func (fm *farm) serve(w http.ResponseWriter, r *http.Request) {
	var id int
	if _, err := fmt.Sscanf(r.URL.Path, "/f/%d.xml", &id); err != nil || id < 0 || id >= len(fm.feeds) {
		http.NotFound(w, r)
		return
	}
	fm.requests.Add(1)
	f := fm.feeds[id]
	f.mu.Lock()
	now := time.Now()
	if !f.last.IsZero() && fm.baselineDone() {
		f.maxGap = max(f.maxGap, now.Sub(f.last))
	}
	f.last = now
	etag, lastMod := f.etag, f.lastMod
	if r.Header.Get("If-None-Match") == etag {
		f.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.plain
	gz := strings.Contains(r.Header.Get("Accept-Encoding"), "gzip")
	if gz {
		body = f.gz
	}
	first := !f.got200
	f.got200 = true
	f.mu.Unlock()
	if first && fm.baseline.Add(1) == int64(len(fm.feeds)) {
		fm.once.Do(func() { close(fm.baseDone) })
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", lastMod)
	w.Header().Set("Content-Type", "application/rss+xml")
	if gz {
		w.Header().Set("Content-Encoding", "gzip")
	}
	w.Write(body)
}

func (fm *farm) baselineDone() bool {
	select {
	case <-fm.baseDone:
		return true
	default:
		return false
	}
}

// publish adds an item to the feed; bagram makes it a Bagram item.
func (fm *farm) publish(r *rand.Rand, id int, bagram bool) {
	f := fm.feeds[id]
	f.mu.Lock()
	defer f.mu.Unlock()
	it := newItem(r, f.items[0].seq+1, time.Now(), bagram)
	f.items = append([]feedItem{it}, f.items[:len(f.items)-1]...)
	f.render(id%fm.hosts+1, fm.port)
}

func cpuSeconds(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100 // USER_HZ
}

func statusKB(pid int, field string) int {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, field+":") {
			v, _ := strconv.Atoi(strings.Fields(line)[1])
			return v
		}
	}
	return 0
}

func run(ctx context.Context, n, hosts, port int, bin string, poll time.Duration, cycles int, pct float64, tail time.Duration, extra []string) error {
	fm := &farm{hosts: hosts, port: port, baseDone: make(chan struct{})}
	r := rand.New(rand.NewPCG(1, 2))
	now := time.Now()
	for id := range n {
		f := &farmFeed{id: id}
		k := 20 + r.IntN(31)
		step := time.Duration(20+r.IntN(340)) * time.Minute
		for s := k; s >= 1; s-- {
			// One item in 200 of the back catalogue is about Bagram: /track
			// lists them, and they must never alert.
			pub := now.Add(-time.Duration(k-s)*step - time.Duration(r.IntN(600))*time.Second)
			f.items = append(f.items, newItem(r, s, pub, r.IntN(200) == 0))
		}
		f.render(id%hosts+1, port)
		fm.feeds = append(fm.feeds, f)
	}
	for h := 1; h <= hosts; h++ {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.2.%d:%d", h, port))
		if err != nil {
			return err
		}
		srv := &http.Server{Handler: http.HandlerFunc(fm.serve), ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()
	}
	dir, err := os.MkdirTemp("", "nhfarm")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var list bytes.Buffer
	for id := range n {
		fmt.Fprintln(&list, fm.url(id))
	}
	feeds := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(feeds, list.Bytes(), 0o644); err != nil {
		return err
	}
	args := append([]string{"console", "-json", "-poll", poll.String(), "-articles=false",
		"-feeds", feeds, "-db", filepath.Join(dir, "nh.db")}, extra...)
	cmd := exec.CommandContext(ctx, bin, args...)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	fm.start = time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	pid := cmd.Process.Pid
	var alerts atomic.Int64
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if l := sc.Text(); strings.Contains(l, `"kind":"alert"`) && strings.Contains(l, "Bagram") {
				alerts.Add(1)
			}
		}
	}()
	io.WriteString(stdin, "/track bagram\n")
	var peak int
	sample := func() { peak = max(peak, statusKB(pid, "VmHWM")) }
	// What the peak is made of: the largest anonymous (the Go heap, stacks,
	// runtime) and file-backed (the binary's code, the database's mapped
	// pages) resident memory, sampled every 100 ms (the kernel's VmHWM
	// catches the peak of their sum, but not its parts).
	var peakAnon, peakFile atomic.Int64
	sampling, stopSampling := context.WithCancel(ctx)
	defer stopSampling()
	go func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-sampling.Done():
				return
			case <-t.C:
			}
			anon, file := statusKB(pid, "RssAnon"), statusKB(pid, "RssFile")
			if anon > int(peakAnon.Load()) {
				peakAnon.Store(int64(anon))
			}
			if file > int(peakFile.Load()) {
				peakFile.Store(int64(file))
			}
		}
	}()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	// Progress of the first round every 10 s: feeds served a 200, CPU, RSS.
	progress := time.NewTicker(10 * time.Second)
	defer progress.Stop()
first:
	for {
		select {
		case <-fm.baseDone:
			break first
		case <-tick.C:
			sample()
		case <-progress.C:
			fmt.Printf("  %3.0f s: %d of %d feeds, %.1f CPU-s, RSS %d MB\n", time.Since(fm.start).Seconds(),
				fm.baseline.Load(), n, cpuSeconds(pid), statusKB(pid, "VmRSS")>>10)
		case <-ctx.Done():
			return fmt.Errorf("only %d of %d feeds polled before -max", fm.baseline.Load(), n)
		}
	}
	baseWall := time.Since(fm.start)
	baseCPU := cpuSeconds(pid)
	reqs0 := fm.requests.Load()
	sample()
	fmt.Printf("first poll of all %d feeds: %.1f s, %.1f CPU-s; peak RSS so far %d MB (anonymous ≤ %d MB, file-backed ≤ %d MB)\n",
		n, baseWall.Seconds(), baseCPU, peak>>10, peakAnon.Load()>>10, peakFile.Load()>>10)
	bagrams := 0
	for c := 1; c <= cycles; c++ {
		for _, id := range r.Perm(n)[:int(float64(n)*pct/100)] {
			fm.publish(r, id, false)
		}
		fm.publish(r, r.IntN(n), true)
		bagrams++
		end := time.Now().Add(poll)
		for time.Now().Before(end) && ctx.Err() == nil {
			<-tick.C
			sample()
		}
		fmt.Printf("cycle %d: %d polls so far, %.1f CPU-s, RSS %d MB\n", c, fm.requests.Load(), cpuSeconds(pid), statusKB(pid, "VmRSS")>>10)
	}
	end := time.Now().Add(tail)
	for time.Now().Before(end) && ctx.Err() == nil {
		<-tick.C
		sample()
	}
	cpu := cpuSeconds(pid) - baseCPU
	polls := fm.requests.Load() - reqs0
	stopSampling()
	stdin.Close()
	cmd.Wait()
	var gaps []time.Duration
	for _, f := range fm.feeds {
		gaps = append(gaps, f.maxGap)
	}
	sort.Slice(gaps, func(i, j int) bool { return gaps[i] < gaps[j] })
	hist := map[int]int{}
	for _, g := range gaps {
		hist[int(g/(30*time.Second))]++
	}
	fmt.Printf("steady polling: %d polls, %.2f CPU-s, %.2f CPU-s per 10k polls\n", polls, cpu, cpu*10000/float64(max(polls, 1)))
	fmt.Printf("peak RSS: %d MB (sampled every 100 ms: anonymous ≤ %d MB, file-backed ≤ %d MB)\n", peak>>10, peakAnon.Load()>>10, peakFile.Load()>>10)
	fmt.Printf("longest gap between two polls of a feed: %s (median of feeds' longest %s)\n", gaps[len(gaps)-1].Round(time.Second), gaps[len(gaps)/2].Round(time.Second))
	var keys []int
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("  feeds whose longest gap is %3d-%3d s: %d\n", k*30, k*30+30, hist[k])
	}
	fmt.Printf("Bagram alerts: %d for %d Bagram items\n", alerts.Load(), bagrams)
	return nil
}
