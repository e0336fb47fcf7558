package main

import (
	"context"
	"log/slog"
	"time"

	"newshound/bot"
	"newshound/store"
	"newshound/store/postgres"
	"newshound/tracker"
	"newshound/tracker/cluster"
	"newshound/tracker/fetch"
)

// userAgent identifies Newshound to the sites it polls.
const userAgent = "Newshound/1.0 (news-tracking bot; +https://github.com/newshound)"

// drainTimeout bounds how long shutdown waits to deliver pending alerts.
const drainTimeout = 15 * time.Second

// database is what the app needs of a store: bbolt or PostgreSQL.
type database interface {
	tracker.Store
	OutboxLen() (int, error)
	Close() error
}

// app is a wired tracker with its store and command layer.
type app struct {
	log      *slog.Logger
	db       database
	stopSock func()
	member   *cluster.Member // nil unless several processes share the database
	tracker  *tracker.Tracker
	commands *bot.Commands
}

// openApp opens the store and builds the tracker. notifier receives alerts.
// The catalog's feeds are fetched as they are (the operator chose them);
// everything else goes through the outbound guard, which -allow-private
// opens to private networks and loopback.
func openApp(ctx context.Context, o *options, log *slog.Logger, catalog []string, notifier tracker.Notifier) (*app, error) {
	db, serveBackups, err := openStore(ctx, o, log)
	if err != nil {
		return nil, err
	}
	var member *cluster.Member
	if pg, ok := db.(*postgres.DB); ok && o.clustered {
		member, err = cluster.Join(ctx, cluster.Config{Leases: pg, TTL: o.lease, Shards: o.shardCount, Logger: log})
		if err != nil {
			db.Close()
			return nil, err
		}
	}
	operator := fetch.New(fetch.Options{UserAgent: userAgent, AllowPrivate: true})
	guarded := fetch.New(fetch.Options{UserAgent: userAgent, AllowPrivateNetworks: o.allowPrivate})
	cfg := tracker.Config{
		Store:             db,
		Notifier:          notifier,
		Logger:            log,
		Client:            operator,
		Guarded:           guarded,
		Catalog:           catalog,
		PollFloor:         o.poll,
		MaxTopicsPerGuild: o.maxTopics,
		MaxFeedsPerGuild:  o.maxFeeds,
		FetchArticles:     o.fetchArticles,
		TopicFeeds:        o.topicFeeds,
		Refresh:           o.lease / 3,
	}
	if member != nil {
		cfg.Shares = member
	}
	t, err := tracker.New(ctx, cfg)
	if err != nil {
		if member != nil {
			member.Close(context.WithoutCancel(ctx))
		}
		db.Close()
		return nil, err
	}
	stopSock, err := serveBackups()
	if err != nil {
		// Backups of a running bot need the socket; everything else works.
		log.Warn("backups will not be served while running", "err", err)
		stopSock = func() {}
	}
	return &app{
		log:      log,
		db:       db,
		stopSock: stopSock,
		member:   member,
		tracker:  t,
		commands: &bot.Commands{Tracker: t, Log: log},
	}, nil
}

// close stops the tracker, delivering what is pending, then closes the store.
func (a *app) close() {
	a.tracker.Close(drainTimeout)
	if a.member != nil {
		// Give the leases up so that the others take over at once.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		if err := a.member.Close(ctx); err != nil {
			a.log.Warn("giving up leases; the others take over when they expire", "err", err)
		}
		cancel()
	}
	a.stopSock()
	if err := a.db.Close(); err != nil {
		a.log.Error("closing the database", "err", err)
	}
}

// openStore opens the bbolt file or, for a postgres:// URL, the PostgreSQL
// database that -db names. serveBackups starts answering `newshound backup`
// (bbolt only: a database server has its own backup tools).
func openStore(ctx context.Context, o *options, log *slog.Logger) (db database, serveBackups func() (func(), error), err error) {
	itemRetention := time.Duration(o.itemDays) * 24 * time.Hour
	seenRetention := time.Duration(o.seenDays) * 24 * time.Hour
	if postgres.IsURL(o.db) {
		pg, err := postgres.Open(ctx, o.db, postgres.Options{ItemRetention: itemRetention, SeenRetention: seenRetention})
		if err != nil {
			return nil, nil, err
		}
		return pg, func() (func(), error) { return func() {}, nil }, nil
	}
	bolt, err := store.Open(o.db, store.Options{ItemRetention: itemRetention, SeenRetention: seenRetention, Logger: log})
	if err != nil {
		return nil, nil, err
	}
	return bolt, func() (func(), error) { return bolt.ServeBackups(o.db) }, nil
}
