package main

import (
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/http/pprof"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"newshound/bot"
)

// serveListen serves /healthz, /metrics and /debug/pprof/ on addr until
// the returned stop is called.
func serveListen(addr string, metrics *bot.Metrics, log *slog.Logger) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("-listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/", metrics.Handler())
	// Profiles for operators: what the process spends CPU and memory on.
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	log.Info("serving /healthz, /metrics and /debug/pprof/", "addr", ln.Addr().String())
	return func() { srv.Close() }, nil
}

// defaultMemoryLimit is the soft memory limit unless -memory-limit or
// GOMEMLIMIT says otherwise: 10,000 feeds with 72 h of items fit well
// within it (see README), and past it the garbage collector works harder
// instead of letting the heap double.
const defaultMemoryLimit = 128 << 20

// memoryLimit is a -memory-limit value: a size in bytes with an optional
// KiB, MiB or GiB suffix, or "off".
type memoryLimit struct {
	bytes int64 // 0: off
	set   bool
}

func (m *memoryLimit) String() string {
	if m == nil || m.bytes == 0 {
		return "off"
	}
	return fmt.Sprintf("%dMiB", m.bytes>>20)
}

func (m *memoryLimit) Set(s string) error {
	m.set = true
	s = strings.TrimSpace(s)
	if s == "off" || s == "0" {
		m.bytes = 0
		return nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("want a size such as 256MiB or 1GiB, or off")
	}
	if n > (1<<62)/mult {
		return fmt.Errorf("too large")
	}
	m.bytes = n * mult
	if m.bytes < 32<<20 {
		return fmt.Errorf("at least 32MiB, or off")
	}
	return nil
}

// apply sets the Go runtime's soft memory limit. An explicit flag wins;
// otherwise GOMEMLIMIT, if set, stays in force; otherwise the default.
func (m *memoryLimit) apply(getenv func(string) string) {
	switch {
	case m.set && m.bytes == 0:
		debug.SetMemoryLimit(math.MaxInt64) // no limit
	case m.set:
		debug.SetMemoryLimit(m.bytes)
	case getenv("GOMEMLIMIT") != "":
	default:
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
}
