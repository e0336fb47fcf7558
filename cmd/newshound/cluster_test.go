package main

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"newshound/bot"
	"newshound/bot/discordapi"
	"newshound/bot/discordtest"
	"newshound/store/postgres/pgtest"
)

// feedFarm serves n RSS feeds (/feed/0 … /feed/n-1) and the articles they
// link, and records when each feed was last fetched.
type feedFarm struct {
	*httptest.Server
	mu      sync.Mutex
	items   [][]string
	fetched []time.Time
}

func newFeedFarm(t *testing.T, n int) *feedFarm {
	f := &feedFarm{items: make([][]string, n), fetched: make([]time.Time, n)}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/news/") {
			fmt.Fprintf(w, "<html><body><article><p>%s</p></article></body></html>", html.EscapeString(r.URL.Path))
			return
		}
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
		if err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		f.fetched[i] = time.Now()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire %d</title>`, i)
		for j := len(f.items[i]) - 1; j >= 0; j-- {
			fmt.Fprint(w, f.items[i][j])
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *feedFarm) urls() []string {
	var out []string
	for i := range f.items {
		out = append(out, fmt.Sprintf("%s/feed/%d", f.URL, i))
	}
	return out
}

// publish adds an item about place, with a headline unlike any other so
// that each is a story of its own, to feed i and returns its link.
func (f *feedFarm) publish(i int, place string, rng *rand.Rand) string {
	words := make([]string, 5)
	for w := range words {
		b := make([]byte, 7)
		for k := range b {
			b[k] = byte('a' + rng.IntN(26))
		}
		words[w] = string(b)
	}
	slug := strings.Join(words, "-")
	link := f.URL + "/news/" + slug
	title := place + " " + strings.Join(words, " ")
	f.mu.Lock()
	defer f.mu.Unlock()
	f.items[i] = append(f.items[i], fmt.Sprintf("<item><title>%s</title><link>%s</link><guid>%s</guid><description>%s.</description><pubDate>%s</pubDate></item>",
		title, link, slug, title, time.Now().UTC().Format(time.RFC1123Z)))
	return link
}

// fetchedSince reports whether every feed was fetched after t.
func (f *feedFarm) fetchedSince(t time.Time) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, at := range f.fetched {
		if !at.After(t) {
			return false
		}
	}
	return true
}

type runProc struct {
	cmd     *exec.Cmd
	logs    *captureWriter
	metrics string
	exited  chan error
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestClusterSharesTheWorkAndSurvivesAKill runs three `newshound run`
// processes on one PostgreSQL database against the fake Discord (three
// shards) and five local feeds, with leases scaled down to 3 s. Two
// channels track bagram, two kandahar; bagram items are published on every
// feed, then the process polling the most feeds is killed with SIGKILL, then
// kandahar items are published on every feed. Its feeds and its shard must
// be served again within 45 s, every item must reach each of its channels
// exactly once, and each channel's messages must follow the outbox order.
// (Five items a channel: a sixth within a minute would wait for the
// channel's rate, a minute of test time.)
func TestClusterSharesTheWorkAndSurvivesAKill(t *testing.T) {
	pgtest.Require(t)
	db := pgtest.URL(t)
	fake := discordtest.New(t, discordtest.WithWaitTimeout(90*time.Second), discordtest.WithShards(3))
	const nFeeds = 5
	farm := newFeedFarm(t, nFeeds)
	feeds := filepath.Join(t.TempDir(), "feeds.txt")
	os.WriteFile(feeds, []byte(strings.Join(farm.urls(), "\n")+"\n"), 0o644)

	// NEWSHOUND_TEST_LEASE measures takeover with another lease (README
	// gives the figures for the default, 15s).
	lease := "3s"
	if v := os.Getenv("NEWSHOUND_TEST_LEASE"); v != "" {
		lease = v
	}
	var procs []*runProc
	for range 3 {
		p := &runProc{logs: &captureWriter{}, metrics: freeAddr(t), exited: make(chan error, 1)}
		p.cmd = exec.Command(binary, "run", "-db", db, "-feeds", feeds, "-poll", "1s", "-lease", lease, "-articles=false",
			"-allow-private", "-listen", p.metrics)
		p.cmd.Env = append(os.Environ(), "DISCORD_TOKEN=cluster-token", "DISCORD_GUILD_ID="+discordtest.GuildID, "DISCORD_API_BASE="+fake.URL())
		p.cmd.Stderr = p.logs
		if err := p.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { p.exited <- p.cmd.Wait() }()
		procs = append(procs, p)
	}
	defer func() {
		for i, p := range procs {
			p.cmd.Process.Kill()
			<-p.exited
			if t.Failed() {
				t.Logf("process %d logs:\n%s", i, p.logs)
			}
		}
	}()

	allShards := func(st *discordtest.State) bool {
		return st.Shards[0] == 1 && st.Shards[1] == 1 && st.Shards[2] == 1
	}
	fake.WaitFor(t, "each of the 3 shards connected once, and the commands registered", func(st *discordtest.State) bool {
		return allShards(st) && len(st.Commands[discordtest.GuildID]) == len(bot.CommandDefinitions())
	})
	channels := []string{"400000000000000001", "400000000000000002", "400000000000000003", "400000000000000004"}
	topics := map[string]string{channels[0]: "bagram", channels[1]: "bagram", channels[2]: "kandahar", channels[3]: "kandahar"}
	for _, ch := range channels {
		in := fake.Interact(t, discordtest.Interaction{
			Name: "track", ChannelID: ch, Permissions: discordgo.PermissionManageChannels,
			AppPermissions: discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks,
			Options:        []*discordgo.ApplicationCommandInteractionDataOption{{Name: "topic", Type: discordgo.ApplicationCommandOptionString, Value: topics[ch]}},
		})
		fake.WaitFor(t, "the /track answer", func(st *discordtest.State) bool { return len(st.Responses[in.ID]) > 0 })
	}
	// Every process reads the new subscriptions at its next refresh (1 s),
	// all of them in one read: one that has kandahar has both bagram
	// channels, tracked before it. A process that polled a bagram item
	// before knowing its channels would never alert it. (A process slow to
	// start may not serve /metrics yet: its shards went to the others.)
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		known := 0
		for _, p := range procs {
			if n, err := readMetric(p.metrics, "newshound_topics"); err == nil && n == 2 {
				known++
			}
		}
		if known == len(procs) {
			break
		}
		if time.Since(start) > 60*time.Second {
			t.Fatalf("after 60 s, %d of %d processes know both topics", known, len(procs))
		}
	}

	rng := rand.New(rand.NewPCG(1, 2))
	links := map[string][]string{} // by topic
	for i := range nFeeds {
		links["bagram"] = append(links["bagram"], farm.publish(i, "Bagram", rng))
	}
	delivered := func(st *discordtest.State) bool {
		for _, ch := range channels {
			body := messagesText(st.Messages[ch])
			for _, l := range links[topics[ch]] {
				if !strings.Contains(body, l) {
					return false
				}
			}
		}
		return true
	}
	fake.WaitFor(t, "the bagram items in their channels", delivered)

	// The work spreads: one shard each, every feed polled by one process.
	var victim *runProc
	balanced := func() bool {
		owned, most := 0, -1
		for _, p := range procs {
			n := metric(t, p.metrics, "newshound_feeds_owned")
			owned += n
			if n > most {
				victim, most = p, n
			}
			if metric(t, p.metrics, "newshound_shards_owned") != 1 || metric(t, p.metrics, `newshound_leases_held{kind="shards"}`) != 1 {
				return false
			}
		}
		return owned == nFeeds
	}
	for start := time.Now(); !balanced(); time.Sleep(100 * time.Millisecond) {
		if time.Since(start) > 90*time.Second {
			t.Fatal("the processes did not settle on one shard each and each feed once")
		}
	}

	// Kill the process polling the most feeds outright, and publish more.
	victim.cmd.Process.Signal(syscall.SIGKILL)
	<-victim.exited
	victim.exited <- nil
	killed := time.Now()
	for i := range nFeeds {
		links["kandahar"] = append(links["kandahar"], farm.publish(i, "Kandahar", rng))
	}
	fake.WaitFor(t, "the dead process's shard disconnected", func(st *discordtest.State) bool { return !allShards(st) })
	fake.WaitFor(t, "all shards connected again", allShards)
	shardsBack := time.Since(killed)
	deadline := time.Now().Add(45 * time.Second)
	for !farm.fetchedSince(killed) {
		if time.Now().After(deadline) {
			t.Fatal("not every feed was polled again within 45 s of the kill")
		}
		time.Sleep(50 * time.Millisecond)
	}
	feedsBack := time.Since(killed)
	st := fake.WaitFor(t, "the kandahar items in their channels", delivered)
	allDelivered := time.Since(killed)
	t.Logf("after the kill: shards served again in %v, every feed polled again in %v, every alert delivered in %v",
		shardsBack.Round(100*time.Millisecond), feedsBack.Round(100*time.Millisecond), allDelivered.Round(100*time.Millisecond))
	if shardsBack > 45*time.Second {
		t.Errorf("shards took %v to be served again; want within 45 s", shardsBack)
	}

	// Let any late duplicate arrive before counting.
	time.Sleep(2 * time.Second)
	st = fake.Snapshot()
	// Messages carry a digest of "nh<first row>-<last row>" as their nonce.
	ranges := map[string][2]uint64{}
	for first := uint64(1); first <= 300; first++ {
		for last := first; last <= 300; last++ {
			ranges[discordapi.Nonce(fmt.Sprintf("nh%d-%d", first, last))] = [2]uint64{first, last}
		}
	}
	for _, ch := range channels {
		msgs := st.Messages[ch]
		for _, l := range links[topics[ch]] {
			n := 0
			for _, m := range msgs {
				if strings.Contains(messagesText([]*discordtest.Message{m}), l) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("channel %s got %s in %d messages; want 1", ch, l, n)
			}
		}
		last := uint64(0)
		for _, m := range msgs {
			r, ok := ranges[m.Payload.Nonce]
			if !ok {
				t.Fatalf("message nonce %q is not that of an outbox range", m.Payload.Nonce)
			}
			if r[0] <= last {
				t.Errorf("channel %s: message with outbox rows %d-%d after one ending at %d; want outbox order", ch, r[0], r[1], last)
			}
			last = r[1]
		}
		t.Logf("channel %s: %d messages for %d alerts", ch, len(msgs), len(links[topics[ch]]))
	}
	for _, p := range procs {
		if p == victim {
			continue
		}
		if s := p.logs.String(); strings.Contains(s, "cluster-token") || strings.Contains(s, "panic") {
			t.Fatalf("logs show the token or a panic:\n%s", s)
		}
	}
}

// messagesText is the channel's messages' payloads as JSON, one a line.
func messagesText(msgs []*discordtest.Message) string {
	var b strings.Builder
	for _, m := range msgs {
		data, _ := json.Marshal(m.Payload)
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}

// metric reads a gauge's value from a process's /metrics.
func metric(t *testing.T, addr, name string) int {
	t.Helper()
	v, err := readMetric(addr, name)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// readMetric reads a gauge's value from a process's /metrics; an error if
// it is not served (yet) or lacks the gauge.
func readMetric(addr, name string) (int, error) {
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		return 0, fmt.Errorf("/metrics: %w", err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` (\S+)$`).FindSubmatch(data)
	if m == nil {
		return 0, fmt.Errorf("/metrics of %s has no %s:\n%s", addr, name, data)
	}
	v, _ := strconv.ParseFloat(string(m[1]), 64)
	return int(v), nil
}
