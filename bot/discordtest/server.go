package discordtest

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"newshound/bot/discordapi"
)

// Default identities. The bot user's id equals the application id, as for
// real Discord bots.
const (
	AppID     = "100000000000000001"
	BotUserID = AppID
	GuildID   = "200000000000000002"
	ChannelID = "300000000000000003"
	UserID    = "400000000000000004"
)

// Defaults.
const (
	DefaultHeartbeat           = 41250 * time.Millisecond
	DefaultInteractionDeadline = 3 * time.Second
	DefaultWaitTimeout         = 30 * time.Second
)

// Option configures a Server.
type Option func(*Server)

// WithInteractionDeadline sets how long after Interact an interaction
// callback is accepted; later callbacks get 404 code 10062.
func WithInteractionDeadline(d time.Duration) Option {
	return func(s *Server) { s.deadline = d }
}

// WithHeartbeat sets the heartbeat_interval sent in HELLO. Keep the default
// except in tests of dead connections: tiny intervals race with
// Session.Close.
func WithHeartbeat(d time.Duration) Option {
	return func(s *Server) { s.heartbeat = d }
}

// WithShards sets the shard count GET /gateway/bot recommends (default 1).
func WithShards(n int) Option {
	return func(s *Server) { s.shards = n }
}

// WithWaitTimeout sets how long WaitFor, Interact and Open wait.
func WithWaitTimeout(d time.Duration) Option {
	return func(s *Server) { s.waitTimeout = d }
}

// Server is a fake Discord. Its methods are safe for concurrent use.
type Server struct {
	t           testing.TB
	deadline    time.Duration
	shards      int
	heartbeat   time.Duration
	waitTimeout time.Duration

	http      *httptest.Server
	transport *http.Transport
	client    *http.Client
	upgrader  websocket.Upgrader

	mu       sync.Mutex
	st       State
	changed  chan struct{} // closed and replaced on every state change
	closed   bool
	nextID   uint64
	flakes   uint64 // low bits of the snowflakes minted
	conns    map[*gwConn]struct{}
	sessions map[string]int64 // gateway session id -> last sequence
	// sent holds each session's dispatched frames, in sequence order
	// (frame seq = index+1), so a resume replays what the client missed.
	sent         map[string][][]byte
	sessionShard map[string]int // gateway session id -> shard id
	interactions map[string]*interaction
	byToken      map[string]*interaction
	nonces       map[string]*Message // channel id + "\x00" + nonce
	failures     []*failure
}

// New starts a fake Discord on 127.0.0.1 and registers t.Cleanup(Close).
// Create it before any session so that sessions are closed first.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := &Server{
		t:            t,
		deadline:     DefaultInteractionDeadline,
		heartbeat:    DefaultHeartbeat,
		waitTimeout:  DefaultWaitTimeout,
		changed:      make(chan struct{}),
		nextID:       1_300_000_000_000_000_000,
		conns:        make(map[*gwConn]struct{}),
		sessions:     make(map[string]int64),
		sent:         make(map[string][][]byte),
		sessionShard: make(map[string]int),
		shards:       1,
		interactions: make(map[string]*interaction),
		byToken:      make(map[string]*interaction),
		nonces:       make(map[string]*Message),
		st: State{
			Commands:     make(map[string][]*discordgo.ApplicationCommand),
			Interactions: make(map[string]*discordgo.Interaction),
			Responses:    make(map[string][]Response),
			Messages:     make(map[string][]*Message),
		},
	}
	for _, o := range opts {
		o(s)
	}
	if s.heartbeat <= 0 {
		t.Fatalf("discordtest: heartbeat interval %v; want > 0 (0 panics discordgo's ticker)", s.heartbeat)
	}
	s.http = httptest.NewServer(s.handler())
	s.transport = &http.Transport{Proxy: nil, MaxIdleConnsPerHost: 4}
	rt, err := discordapi.Transport(s.http.URL, s.transport)
	if err != nil {
		s.http.Close()
		t.Fatalf("discordtest: %v", err)
	}
	s.client = &http.Client{Transport: rt, Timeout: 10 * time.Second}
	t.Cleanup(s.Close)
	return s
}

// URL is the fake's base URL ("http://127.0.0.1:PORT"), the value for
// DISCORD_API_BASE and discordapi.Transport.
func (s *Server) URL() string { return s.http.URL }

// HTTPClient returns a client whose requests for discord.com go to the fake
// and whose requests for any other host fail.
func (s *Server) HTTPClient() *http.Client { return s.client }

// Session returns a discordgo session for "Bot "+token wired to the fake
// (Client, a Dialer with a handshake timeout, ShouldReconnectOnError), not
// opened. It registers t.Cleanup to close the session, which runs before
// the fake's own cleanup.
func (s *Server) Session(t testing.TB, token string) *discordgo.Session {
	t.Helper()
	sess, err := discordgo.New("Bot " + token)
	if err != nil {
		t.Fatalf("discordtest: new session: %v", err)
	}
	sess.Client = s.client
	sess.Dialer = &websocket.Dialer{HandshakeTimeout: 5 * time.Second}
	sess.ShouldReconnectOnError = true
	sess.LogLevel = discordgo.LogError
	t.Cleanup(func() { closeSession(sess) })
	return sess
}

// closeSession closes sess and then outlasts a reconnect of discordgo's
// that was already running. Session.Close does not stop one (the listen or
// heartbeat goroutine noticed a dropped connection and called reconnect): it
// calls Open until one succeeds, and an Open that succeeds after Close
// leaves the session open again, with its goroutines. So, while the fake
// still answers, watch for the session to come back (its heartbeat sets
// DataReady once connected) and close it again, until it has stayed closed
// for a quiet spell.
func closeSession(sess *discordgo.Session) {
	const quiet = 200 * time.Millisecond
	sess.Close()
	deadline := time.Now().Add(5 * time.Second)
	calm := time.Now()
	for time.Since(calm) < quiet && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		sess.RLock()
		open := sess.DataReady
		sess.RUnlock()
		if open {
			sess.Close()
			calm = time.Now()
		}
	}
}

// Open opens sess and fails t if it does not reach READY within the wait
// timeout (a silent gateway would make Session.Open hang forever).
func (s *Server) Open(t testing.TB, sess *discordgo.Session) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- sess.Open() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("discordtest: open session: %v", err)
		}
	case <-time.After(s.waitTimeout):
		t.Fatalf("discordtest: open session: no READY after %v", s.waitTimeout)
	}
}

// Snapshot returns a copy of the recorded state.
func (s *Server) Snapshot() State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.clone()
}

// WaitFor calls cond with a snapshot now and after every state change until
// it returns true, and returns that snapshot. It fails t, naming what, if
// cond is still false after the wait timeout (10 s by default).
func (s *Server) WaitFor(t testing.TB, what string, cond func(st *State) bool) State {
	t.Helper()
	timer := time.NewTimer(s.waitTimeout)
	defer timer.Stop()
	for {
		s.mu.Lock()
		st := s.st.clone()
		ch := s.changed
		s.mu.Unlock()
		if cond(&st) {
			return st
		}
		select {
		case <-ch:
		case <-timer.C:
			t.Fatalf("discordtest: timed out after %v waiting for %s", s.waitTimeout, what)
			return st
		}
	}
}

// notify wakes WaitFor callers. s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// newID returns a fresh snowflake-like id. s.mu must be held.
func (s *Server) newID() string {
	s.nextID++
	return strconv.FormatUint(s.nextID, 10)
}

// discordEpoch is the time from which Discord's snowflakes count
// milliseconds (bits 22 and up; the low bits tell ids of one millisecond
// apart).
var discordEpoch = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

// snowflake mints an id dated t, as Discord's interaction ids are: a bot
// can tell from it how long ago Discord created the interaction.
func (s *Server) snowflake(t time.Time) string {
	s.flakes++
	ms := uint64(t.Sub(discordEpoch).Milliseconds())
	return strconv.FormatUint(ms<<22|s.flakes&(1<<22-1), 10)
}

// Close drops the gateway connections, stops the HTTP server and reports
// requests to unknown routes as test errors. It is registered with
// t.Cleanup by New; calling it again does nothing.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	conns := make([]*gwConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	unknown := append([]string(nil), s.st.Unknown...)
	s.mu.Unlock()
	// httptest.Server.Close waits for running handlers, and a websocket
	// handler runs until its connection ends: close those first.
	for _, c := range conns {
		c.close()
	}
	s.http.Close()
	s.transport.CloseIdleConnections()
	for _, u := range unknown {
		s.t.Errorf("discordtest: request to unknown route %s", u)
	}
}
