package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"newshound/store/postgres"
	"newshound/tracker"
	"newshound/tracker/feed"
)

// options are the flags shared by run and console.
type options struct {
	db            string
	dbDefault     string
	feeds         string
	poll          time.Duration
	pollSet       bool
	logFormat     string
	logLevel      string
	fetchArticles bool
	topicFeeds    bool
	maxTopics     int
	maxFeeds      int
	itemDays      int
	seenDays      int
	allowPrivate  bool
	listen        string
	memLimit      memoryLimit

	// run on PostgreSQL: several processes share the work.
	clustered  bool
	lease      time.Duration
	shardCount int
}

func (o *options) register(fs *flag.FlagSet, env environment) {
	// The default is not shown by -h: a database URL may carry a password.
	o.dbDefault = defaultDB(env)
	fs.StringVar(&o.db, "db", "", "the database: a bbolt `file`, or a postgres:// URL for several processes sharing one PostgreSQL database (default $NEWSHOUND_DB, else a postgres:// $DATABASE_URL, else newshound.db)")
	fs.StringVar(&o.feeds, "feeds", "", "feed catalog `file`: one URL a line (# comments) or OPML; replaces the built-in catalog")
	fs.DurationVar(&o.poll, "poll", 5*time.Minute, "shortest interval between two polls of a feed (at least 1s)")
	fs.StringVar(&o.logFormat, "log-format", "text", "log format on stderr: text or json")
	level := o.logLevel // a subcommand may have set its own default
	if level == "" {
		level = "info"
	}
	fs.StringVar(&o.logLevel, "log-level", level, "log level: debug, info, warn or error")
	fs.BoolVar(&o.fetchArticles, "articles", true, "read the page of every matched article for its text and quotes")
	fs.IntVar(&o.maxTopics, "max-topics", 50, "most topics one server may track (-1: no limit)")
	fs.IntVar(&o.maxFeeds, "max-feeds", 20, "most custom feeds one server may add (-1: no limit)")
	o.itemDays, o.seenDays = 30, 90
	fs.Var((*days)(&o.itemDays), "keep-items", "keep items and articles this many `days` (30, 30d or 720h)")
	fs.Var((*days)(&o.seenDays), "keep-seen", "remember the keys of seen items this many `days` (90, 90d or 2160h)")
	fs.BoolVar(&o.allowPrivate, "allow-private", false, "let feeds that members add, and the links of any feed, reach private networks and loopback (self-hosted feeds); never link-local or cloud metadata addresses")
	fs.StringVar(&o.listen, "listen", "", "serve /healthz, Prometheus /metrics and /debug/pprof/ on this `address` (e.g. 127.0.0.1:9090)")
	fs.Var(&o.memLimit, "memory-limit", "soft memory `limit` of the Go runtime, e.g. 256MiB, or off (default 128MiB, or $GOMEMLIMIT when set)")
}

// days is a flag counted in days: a whole number ("30"), with a d suffix
// ("30d"), or a duration of whole days ("720h"), so that a value written
// either way means what it says.
type days int

func (d *days) String() string { return strconv.Itoa(int(*d)) }

func (d *days) Set(s string) error {
	if n, err := strconv.Atoi(strings.TrimSuffix(s, "d")); err == nil {
		*d = days(n)
		return nil
	}
	dur, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("%q is neither a number of days (30, 30d) nor a duration (720h)", s)
	}
	if dur%(24*time.Hour) != 0 {
		return fmt.Errorf("%s is not a whole number of days", s)
	}
	*d = days(dur / (24 * time.Hour))
	return nil
}

// parse parses args, printing usage for -h, and validates the shared flags.
func parse(fs *flag.FlagSet, args []string, o *options, stderr io.Writer) error {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "unexpected arguments: %s\n", strings.Join(fs.Args(), " "))
		return errUsage
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "poll" {
			o.pollSet = true
		}
	})
	if o == nil {
		return nil
	}
	if o.db == "" {
		o.db = o.dbDefault
	}
	if o.poll < time.Second {
		fmt.Fprintf(stderr, "-poll must be at least 1s, not %s\n", o.poll)
		return errUsage
	}
	if o.logFormat != "text" && o.logFormat != "json" {
		fmt.Fprintf(stderr, "-log-format must be text or json, not %q\n", o.logFormat)
		return errUsage
	}
	if o.itemDays < 1 || o.seenDays < 1 {
		fmt.Fprintln(stderr, "-keep-items and -keep-seen must be at least 1 day")
		return errUsage
	}
	return nil
}

func (o *options) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.logLevel)); err != nil {
		return nil, fmt.Errorf("-log-level: %w", err)
	}
	hopts := &slog.HandlerOptions{Level: level}
	if o.logFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, hopts)), nil
	}
	return slog.New(slog.NewTextHandler(w, hopts)), nil
}

// catalog returns the feed catalog: -feeds, else the built-in one.
func (o *options) catalog() ([]string, error) {
	if o.feeds == "" {
		return tracker.DefaultCatalog, nil
	}
	data, err := readFileLimited(o.feeds, 16<<20)
	if err != nil {
		return nil, fmt.Errorf("-feeds: %w", err)
	}
	urls, err := feed.ParseList(data)
	if err != nil {
		return nil, fmt.Errorf("-feeds %s: %w", o.feeds, err)
	}
	if len(urls) == 0 {
		return nil, fmt.Errorf("-feeds %s: no feed URLs in the file", o.feeds)
	}
	return urls, nil
}

// readFileLimited reads a file of at most limit bytes.
func readFileLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is larger than %d MiB", path, limit>>20)
	}
	return data, nil
}

// defaultDB is -db's default: $NEWSHOUND_DB, else $DATABASE_URL when it
// names a PostgreSQL database, else newshound.db.
func defaultDB(env environment) string {
	if v := env.getenv("NEWSHOUND_DB"); v != "" {
		return v
	}
	if v := env.getenv("DATABASE_URL"); postgres.IsURL(v) {
		return v
	}
	return "newshound.db"
}
