// Package cluster splits Newshound's work among several `newshound run`
// processes sharing one database, with leases the database keeps (package
// store/postgres implements Leases).
//
// The work comes in kinds, each cut into numbered leases: feeds in hash
// buckets (a feed belongs to bucket xxhash(URL) mod Buckets), channels'
// outboxes in hash buckets of their own (so that one process delivers a
// channel's alerts, in order), Discord gateway shards, and one lease for the
// chores done once for the whole cluster (retention). Each process renews
// what it holds every third of TTL and takes its fair share, the number of
// leases divided by the processes alive, rounded up: free leases first, and
// those of a process that stopped renewing once they expire. A process
// holding more than its share (another one joined) stops using the extra
// leases at one renewal and gives them up at the next, so that work in
// flight ends before anyone else starts it.
//
// A process trusts a lease until TTL after the renewal began minus a tenth
// of TTL: the database's expiry is later than that, so two processes never
// both believe they hold one.
package cluster

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/cespare/xxhash/v2"
)

// Leases is what the cluster needs of the database.
type Leases interface {
	// Heartbeat records member as alive for ttl and returns how many
	// members are alive.
	Heartbeat(ctx context.Context, member string, ttl time.Duration) (int, error)
	// Claim renews member's leases of kind, releases those beyond want,
	// takes free or expired ones up to want, and returns those it holds,
	// ascending.
	Claim(ctx context.Context, member, kind string, n, want int, ttl time.Duration) ([]int, error)
	// Leave releases every lease member holds.
	Leave(ctx context.Context, member string) error
}

// Kinds of leases.
const (
	KindFeeds    = "feeds"
	KindChannels = "channels"
	KindShards   = "shards"
	KindLeader   = "leader"
)

// Config configures a Member.
type Config struct {
	Leases Leases
	// ID names this process among the members (default host-pid-random).
	ID string
	// TTL is how long a lease outlives its last renewal (default 15s): a
	// process that dies loses its work to the others after at most TTL.
	TTL time.Duration
	// Buckets is how many leases feeds and channels are cut into (default
	// 64). Every process of a cluster must use the same number.
	Buckets int
	// Shards is the Discord shard count (0: no shards to share).
	Shards int
	Logger *slog.Logger
}

// Member is one process's place in the cluster. It implements
// tracker.Shares.
type Member struct {
	cfg Config
	log *slog.Logger

	mu         sync.Mutex
	held       map[string][]int // by kind, as claimed (extras included while they drain)
	use        map[string]map[int]bool
	validUntil time.Time

	shardsChanged chan struct{}
	workChanged   chan struct{}
	stop          context.CancelFunc
	done          chan struct{}
}

// Join takes this process's first share of the work, waiting for it, and
// keeps renewing it until Close.
func Join(ctx context.Context, cfg Config) (*Member, error) {
	if cfg.Leases == nil {
		return nil, errors.New("cluster: Leases is required")
	}
	if cfg.TTL <= 0 {
		cfg.TTL = 15 * time.Second
	}
	if cfg.Buckets <= 0 {
		cfg.Buckets = 64
	}
	if cfg.ID == "" {
		host, _ := os.Hostname()
		var rnd [3]byte
		rand.Read(rnd[:])
		cfg.ID = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(rnd[:]))
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	m := &Member{
		cfg:           cfg,
		log:           cfg.Logger.With("component", "cluster", "member", cfg.ID),
		held:          map[string][]int{},
		use:           map[string]map[int]bool{},
		shardsChanged: make(chan struct{}, 1),
		workChanged:   make(chan struct{}, 1),
		done:          make(chan struct{}),
	}
	if err := m.renew(ctx); err != nil {
		return nil, fmt.Errorf("cluster: joining: %w", err)
	}
	loopCtx, stop := context.WithCancel(context.WithoutCancel(ctx))
	m.stop = stop
	go m.loop(loopCtx)
	return m, nil
}

// ID is this member's name.
func (m *Member) ID() string { return m.cfg.ID }

func (m *Member) loop(ctx context.Context) {
	defer close(m.done)
	tick := time.NewTicker(m.cfg.TTL / 3)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if err := m.renew(ctx); err != nil && ctx.Err() == nil {
			m.log.Error("renewing leases failed; the work is given up when they expire unless a retry succeeds", "err", err)
		}
	}
}

// renew is one round: heartbeat, then claim every kind.
func (m *Member) renew(ctx context.Context) error {
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, m.cfg.TTL/2)
	defer cancel()
	alive, err := m.cfg.Leases.Heartbeat(ctx, m.cfg.ID, m.cfg.TTL)
	if err != nil {
		return err
	}
	alive = max(alive, 1)
	kinds := []struct {
		kind string
		n    int
	}{{KindFeeds, m.cfg.Buckets}, {KindChannels, m.cfg.Buckets}, {KindShards, m.cfg.Shards}, {KindLeader, 1}}
	held := map[string][]int{}
	use := map[string]map[int]bool{}
	for _, k := range kinds {
		if k.n == 0 {
			continue
		}
		want := (k.n + alive - 1) / alive
		if k.kind == KindLeader {
			want = 1
		}
		m.mu.Lock()
		prev := m.held[k.kind]
		m.mu.Unlock()
		claim := want
		if len(prev) > want && len(prev) > len(m.usable(k.kind)) {
			// Drained for a round already: give the extras up now.
		} else if len(prev) > want {
			claim = len(prev) // keep them one more round, unused
		}
		got, err := m.cfg.Leases.Claim(ctx, m.cfg.ID, k.kind, k.n, claim, m.cfg.TTL)
		if err != nil {
			return err
		}
		held[k.kind] = got
		use[k.kind] = map[int]bool{}
		for _, n := range got[:min(len(got), want)] {
			use[k.kind][n] = true
		}
	}
	m.mu.Lock()
	oldShards := m.usableLocked(KindShards)
	changed := !maps.Equal(m.use[KindFeeds], use[KindFeeds]) || !maps.Equal(m.use[KindChannels], use[KindChannels])
	m.held, m.use = held, use
	m.validUntil = start.Add(m.cfg.TTL - m.cfg.TTL/10)
	newShards := m.usableLocked(KindShards)
	m.mu.Unlock()
	if changed {
		select {
		case m.workChanged <- struct{}{}:
		default:
		}
		m.log.Info("leases", "feed_buckets", len(use[KindFeeds]), "channel_buckets", len(use[KindChannels]),
			"shards", len(newShards), "leader", len(use[KindLeader]) > 0, "members", alive)
	}
	if !slices.Equal(oldShards, newShards) {
		select {
		case m.shardsChanged <- struct{}{}:
		default:
		}
	}
	return nil
}

func (m *Member) usable(kind string) []int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.usableLocked(kind)
}

func (m *Member) usableLocked(kind string) []int {
	out := slices.Collect(maps.Keys(m.use[kind]))
	slices.Sort(out)
	return out
}

func (m *Member) holds(kind string, n int) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.use[kind][n] && time.Now().Before(m.validUntil)
}

func (m *Member) bucket(key string) int {
	return int(xxhash.Sum64String(key) % uint64(m.cfg.Buckets))
}

// Feed reports whether this process polls the feed.
func (m *Member) Feed(url string) bool { return m.holds(KindFeeds, m.bucket(url)) }

// Channel reports whether this process delivers the channel's alerts.
func (m *Member) Channel(guild, channel string) bool {
	return m.holds(KindChannels, m.bucket(guild+"/"+channel))
}

// Leader reports whether this process runs the cluster's once-only chores.
func (m *Member) Leader() bool { return m.holds(KindLeader, 0) }

// Shards returns the Discord shards this process should connect, ascending;
// none once its leases lapsed.
func (m *Member) Shards() []int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !time.Now().Before(m.validUntil) {
		return nil
	}
	return m.usableLocked(KindShards)
}

// Changed receives a value when Feed or Channel may answer differently.
func (m *Member) Changed() <-chan struct{} { return m.workChanged }

// ShardsChanged receives a value when Shards may have changed.
func (m *Member) ShardsChanged() <-chan struct{} { return m.shardsChanged }

// Held counts the leases in use by kind, for metrics.
func (m *Member) Held() map[string]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]int{}
	valid := time.Now().Before(m.validUntil)
	for _, k := range []string{KindFeeds, KindChannels, KindShards, KindLeader} {
		if valid {
			out[k] = len(m.use[k])
		} else {
			out[k] = 0
		}
	}
	return out
}

// Close stops renewing and gives every lease up, so that the other
// processes take the work at once. Call it after the work stopped.
func (m *Member) Close(ctx context.Context) error {
	m.stop()
	<-m.done
	m.mu.Lock()
	m.use = map[string]map[int]bool{}
	m.mu.Unlock()
	return m.cfg.Leases.Leave(ctx, m.cfg.ID)
}
