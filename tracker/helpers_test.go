package tracker_test

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

// feedServer serves one RSS feed whose items tests add, with an ETag, and
// counts requests.
type feedServer struct {
	*httptest.Server
	mu       sync.Mutex
	title    string // the feed's title, the outlet's name (default "Test Wire")
	items    []testItem
	requests int
	notMod   int
	status   int               // non-zero: answer with this status
	body     string            // non-empty: answer with this body
	redirect map[string]string // path -> where it redirects
}

type testItem struct{ guid, title, desc, link string }

func newFeedServer(t *testing.T) *feedServer {
	fs := &feedServer{}
	fs.Server = httptest.NewServer(http.HandlerFunc(fs.serve))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if to, ok := fs.redirect[r.URL.Path]; ok {
		http.Redirect(w, r, to, http.StatusFound)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/article/") {
		// The page's text names its own path's words, so tests can put
		// words in an article that its feed entry lacks.
		words := strings.NewReplacer("/", " ", "-", " ").Replace(r.URL.Path)
		fmt.Fprintf(w, "<html><head><title>Article</title></head><body><article><p>This is the full story of %s, told here with every detail the feed left out.</p></article></body></html>", html.EscapeString(words))
		return
	}
	fs.requests++
	if fs.status != 0 {
		w.WriteHeader(fs.status)
		return
	}
	body := fs.body
	if body == "" {
		body = fs.rss()
	}
	etag := fmt.Sprintf(`"%x"`, len(body)*31+len(fs.items))
	if r.Header.Get("If-None-Match") == etag {
		fs.notMod++
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprint(w, body)
}

func (fs *feedServer) rss() string {
	var b strings.Builder
	title := fs.title
	if title == "" {
		title = "Test Wire"
	}
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>` + html.EscapeString(title) + `</title><link>` + fs.URL + `</link>`)
	for i := len(fs.items) - 1; i >= 0; i-- {
		it := fs.items[i]
		fmt.Fprintf(&b, "<item><guid>%s</guid><title>%s</title><link>%s</link><description>%s</description></item>",
			html.EscapeString(it.guid), html.EscapeString(it.title), html.EscapeString(it.link), html.EscapeString(it.desc))
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func (fs *feedServer) add(guid, title, desc string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.items = append(fs.items, testItem{guid, title, desc, fs.URL + "/article/" + guid})
}

func (fs *feedServer) set(status int, body string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.status, fs.body = status, body
}

func (fs *feedServer) counts() (requests, notModified int) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.requests, fs.notMod
}

// recorder is a Notifier that records what it is asked to deliver and can
// be told to fail.
type recorder struct {
	mu        sync.Mutex
	msgs      [][]tracker.Alert
	failing   error
	failFor   map[string]error // by channel
	changed   chan struct{}
	refused   [][]uint64 // the outbox IDs of every message refused with failing
	refusedAt []time.Time
	// ids holds the ID given each message posted (msgs[i] got ids[i]);
	// edits, every update delivered; gone, the IDs of deleted messages,
	// whose edits fail with tracker.ErrMessageGone (and are recorded in
	// goneEdits).
	ids       []string
	edits     []tracker.Alert
	gone      map[string]bool
	goneEdits []tracker.Alert
}

func newRecorder() *recorder { return &recorder{changed: make(chan struct{}, 1)} }

func (r *recorder) Notify(_ context.Context, alerts []tracker.Alert) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failing != nil {
		ids := make([]uint64, len(alerts))
		for i, a := range alerts {
			ids[i] = a.ID
		}
		r.refused = append(r.refused, ids)
		r.refusedAt = append(r.refusedAt, time.Now())
		return "", r.failing
	}
	if err := r.failFor[alerts[0].ChannelID]; err != nil {
		return "", err
	}
	if u := alerts[0]; u.Kind == tracker.KindUpdate {
		if len(alerts) != 1 {
			panic("an update sent with other rows")
		}
		if r.gone[u.MessageID] {
			r.goneEdits = append(r.goneEdits, u)
			return "", fmt.Errorf("404 Unknown Message: %w", tracker.ErrMessageGone)
		}
		r.edits = append(r.edits, u)
		return "", nil
	}
	r.msgs = append(r.msgs, alerts)
	r.ids = append(r.ids, fmt.Sprintf("m%d", len(r.msgs)))
	select {
	case r.changed <- struct{}{}:
	default:
	}
	return r.ids[len(r.ids)-1], nil
}

func (r *recorder) fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failing = err
}

func (r *recorder) messages() [][]tracker.Alert {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([][]tracker.Alert(nil), r.msgs...)
}

// alerts flattens every delivered message's alerts.
func (r *recorder) alerts() []tracker.Alert {
	var out []tracker.Alert
	for _, m := range r.messages() {
		out = append(out, m...)
	}
	return out
}

// waitFor re-checks cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool, explain ...func() string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			for _, x := range explain {
				what += ": " + x()
			}
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

type env struct {
	t      *testing.T
	dbPath string
	db     *store.DB
	rec    *recorder
	tr     *tracker.Tracker
	cfg    tracker.Config
	// wrap, when set, wraps the store the tracker uses (to count calls).
	wrap func(tracker.Store) tracker.Store
}

// start opens (or reopens) the store at e.dbPath and starts a tracker on
// the given feeds with a fast poll floor.
func (e *env) start(feeds ...string) {
	e.t.Helper()
	if e.dbPath == "" {
		e.dbPath = filepath.Join(e.t.TempDir(), "t.db")
	}
	if e.rec == nil {
		e.rec = newRecorder()
	}
	db, err := store.Open(e.dbPath, store.Options{})
	if err != nil {
		e.t.Fatal(err)
	}
	e.db = db
	cfg := e.cfg
	cfg.Store, cfg.Notifier = db, e.rec
	if e.wrap != nil {
		cfg.Store = e.wrap(db)
	}
	if cfg.Client == nil {
		cfg.Client = fetch.New(fetch.Options{AllowPrivate: true, Timeout: 5 * time.Second})
	}
	cfg.Catalog = feeds
	if cfg.PollFloor == 0 {
		cfg.PollFloor = 20 * time.Millisecond
	}
	tr, err := tracker.New(context.Background(), cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	e.tr = tr
	tr.Start(context.Background())
	e.t.Cleanup(e.stop)
}

func (e *env) stop() {
	if e.tr != nil {
		e.tr.Close(2 * time.Second)
		e.tr = nil
	}
	if e.db != nil {
		e.db.Close()
		e.db = nil
	}
}

func (e *env) track(topic string) tracker.TrackResult {
	e.t.Helper()
	res, err := e.tr.Track(context.Background(), "g", "c", topic)
	if err != nil {
		e.t.Fatal(err)
	}
	return res
}
