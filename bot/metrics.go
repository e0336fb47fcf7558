package bot

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"newshound/tracker"
)

// Outbox is what metrics read of the store.
type Outbox interface {
	OutboxLen() (int, error)
}

// Metrics exposes the tracker's counters, the outbox depth and interaction
// latency to Prometheus, and a health check.
type Metrics struct {
	reg     *prometheus.Registry
	latency *prometheus.HistogramVec
	tracker *tracker.Tracker
	outbox  Outbox
}

// NewMetrics registers Newshound's metrics in a registry of their own.
func NewMetrics(t *tracker.Tracker, outbox Outbox) *Metrics {
	m := &Metrics{
		reg:     prometheus.NewRegistry(),
		tracker: t,
		outbox:  outbox,
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newshound_interaction_seconds",
			Help:    "Time to answer a slash command.",
			Buckets: []float64{.05, .1, .25, .5, 1, 2, 3, 5, 10, 30},
		}, []string{"command"}),
	}
	stat := func(f func(tracker.Stats) float64) func() float64 {
		return func() float64 { return f(t.Stats()) }
	}
	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.latency,
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_polls_total", Help: "Feed polls."},
			stat(func(s tracker.Stats) float64 { return float64(s.Polls) })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_poll_failures_total", Help: "Feed polls that failed."},
			stat(func(s tracker.Stats) float64 { return float64(s.PollFailures) })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_polls_not_modified_total", Help: "Polls answered 304 Not Modified."},
			stat(func(s tracker.Stats) float64 { return float64(s.NotModified) })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_polls_unchanged_total", Help: "Polls whose body was unchanged, skipped without parsing."},
			stat(func(s tracker.Stats) float64 { return float64(s.Unchanged) })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_items_total", Help: "New items stored."},
			stat(func(s tracker.Stats) float64 { return float64(s.Items) })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_alerts_queued_total", Help: "Alerts queued in the outbox."},
			stat(func(s tracker.Stats) float64 { return float64(s.AlertsQueued) })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_alerts_sent_total", Help: "Alerts delivered."},
			stat(func(s tracker.Stats) float64 { return float64(s.AlertsSent) })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_alert_edits_total", Help: "Delivered alerts edited because later outlets carried their story."},
			stat(func(s tracker.Stats) float64 { return float64(s.Edits) })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_alert_edits_gone_total", Help: "Edits dropped because their message was deleted or out of the bot's reach."},
			stat(func(s tracker.Stats) float64 { return float64(s.EditsGone) })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "newshound_alerts_failed_total", Help: "Alert deliveries that failed (retried or dropped)."},
			stat(func(s tracker.Stats) float64 { return float64(s.AlertsFailed) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newshound_topics", Help: "Distinct topics tracked."},
			stat(func(s tracker.Stats) float64 { return float64(s.Topics) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newshound_feeds", Help: "Feeds polled."},
			stat(func(s tracker.Stats) float64 { return float64(s.Feeds) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newshound_feeds_owned", Help: "Feeds this process polls (all of them unless several processes share the database)."},
			stat(func(s tracker.Stats) float64 { return float64(s.FeedsOwned) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newshound_feeds_paused", Help: "Feeds paused after repeated failures."},
			stat(func(s tracker.Stats) float64 { return float64(s.PausedFeeds) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newshound_story_index_items", Help: "Items in the story index (the story window)."},
			stat(func(s tracker.Stats) float64 { return float64(s.StoryEntries) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newshound_story_index_bytes", Help: "Memory the story index takes."},
			stat(func(s tracker.Stats) float64 { return float64(s.StoryBytes) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newshound_outbox_depth", Help: "Alerts waiting for delivery."},
			func() float64 { n, _ := outbox.OutboxLen(); return float64(n) }),
	)
	return m
}

// Leases reports the leases a process holds, by kind, when several
// processes share the database (cluster.Member implements it).
type Leases interface {
	Held() map[string]int
}

// AddLeases exports the leases this process holds: newshound_leases_held
// by kind (feeds, channels, shards, leader) and newshound_shards_owned.
func (m *Metrics) AddLeases(l Leases, kinds []string) {
	for _, kind := range kinds {
		m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "newshound_leases_held", Help: "Leases this process holds, by kind of work.", ConstLabels: prometheus.Labels{"kind": kind},
		}, func() float64 { return float64(l.Held()[kind]) }))
	}
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "newshound_shards_owned", Help: "Discord gateway shards this process connects."},
		func() float64 { return float64(l.Held()["shards"]) }))
}

// ObserveInteraction records how long a command took to answer.
func (m *Metrics) ObserveInteraction(command string, d time.Duration) {
	m.latency.WithLabelValues(command).Observe(d.Seconds())
}

// Handler serves /metrics and /healthz.
func (m *Metrics) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		depth, err := m.outbox.OutboxLen()
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			json.NewEncoder(w).Encode(map[string]string{"status": "error", "error": err.Error()})
			return
		}
		s := m.tracker.Stats()
		json.NewEncoder(w).Encode(map[string]any{
			"status": "ok", "topics": s.Topics, "feeds": s.Feeds, "paused_feeds": s.PausedFeeds, "outbox": depth,
		})
	})
	return mux
}
