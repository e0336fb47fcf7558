package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"newshound/bot"
	"newshound/bot/discordapi"
	"newshound/store/postgres"
	"newshound/tracker/cluster"
)

func runDiscord(ctx context.Context, args []string, env environment) error {
	var o options
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	o.register(fs, env)
	fs.BoolVar(&o.topicFeeds, "topic-feeds", true, "give every tracked topic a news-search feed of its own (off when -feeds is given)")
	fs.DurationVar(&o.lease, "lease", 15*time.Second, "with a postgres:// -db: how long a process's work outlives it; leases are renewed every third of it")
	shards := fs.Int("shards", 0, "with a postgres:// -db: Discord gateway shards the processes share (0: as many as Discord recommends)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: newshound run [flags]\n\nConnects to Discord. Environment: DISCORD_TOKEN (required), DISCORD_GUILD_ID (register\ncommands in one guild), DISCORD_API_BASE (send REST calls to a Discord-compatible server).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := parse(fs, args, &o, env.stderr); err != nil {
		return err
	}
	if o.feeds != "" {
		explicit := false
		fs.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "topic-feeds" })
		o.topicFeeds = o.topicFeeds && explicit
	}
	token := env.getenv("DISCORD_TOKEN")
	if token == "" {
		fmt.Fprintln(env.stderr, "newshound run: DISCORD_TOKEN is not set; create a bot at the Discord developer portal and export its token")
		return errUsage
	}
	log, err := o.logger(env.stderr)
	if err != nil {
		return err
	}
	o.memLimit.apply(env.getenv)
	base := env.getenv("DISCORD_API_BASE")
	transport, err := discordapi.Transport(base, http.DefaultTransport)
	if err != nil {
		fmt.Fprintf(env.stderr, "newshound run: DISCORD_API_BASE: %v\n", err)
		return errUsage
	}
	catalog, err := o.catalog()
	if err != nil {
		return err
	}
	session, err := discordgo.New("Bot " + token)
	if err != nil {
		return err
	}
	session.Client = &http.Client{Transport: transport, Timeout: 30 * time.Second}
	session.Dialer = &websocket.Dialer{HandshakeTimeout: 15 * time.Second, Proxy: http.ProxyFromEnvironment}
	session.LogLevel = discordgo.LogWarning

	o.clustered = postgres.IsURL(o.db)
	if o.clustered {
		if o.lease < 3*time.Second {
			fmt.Fprintf(env.stderr, "-lease must be at least 3s, not %s\n", o.lease)
			return errUsage
		}
		o.shardCount = *shards
		if o.shardCount <= 0 {
			o.shardCount = 1
			if gb, err := session.GatewayBot(); err != nil {
				log.Warn("Discord did not say how many shards to use; using one (set -shards)", "err", err)
			} else {
				o.shardCount = max(gb.Shards, 1)
			}
		}
	}
	d := &bot.Discord{Session: session, GuildID: env.getenv("DISCORD_GUILD_ID"), Log: log.With("component", "discord")}
	a, err := openApp(ctx, &o, log, catalog, d)
	if err != nil {
		return err
	}
	defer a.close()
	d.Commands = a.commands
	metrics := bot.NewMetrics(a.tracker, a.db)
	if a.member != nil {
		metrics.AddLeases(a.member, []string{cluster.KindFeeds, cluster.KindChannels, cluster.KindShards, cluster.KindLeader})
	}
	d.Observe = metrics.ObserveInteraction
	if o.listen != "" {
		stop, err := serveListen(o.listen, metrics, log)
		if err != nil {
			return err
		}
		defer stop()
	}
	// Baseline the feeds before the commands exist: an article published
	// after someone's /track must alert, not be taken for the back catalogue.
	log.Debug("released the executable's start-up pages", "bytes", releaseStartupPages())
	a.tracker.Start(ctx)
	if a.member != nil {
		shardsDone := make(chan struct{})
		go func() {
			defer close(shardsDone)
			serveShards(ctx, d, a.member, o.shardCount, o.lease/3, log)
		}()
		defer func() { <-shardsDone }()
	} else {
		if err := d.Open(ctx); err != nil {
			session.Close()
			return err
		}
		log.Info("connected to Discord")
	}
	<-ctx.Done()
	log.Info("shutting down")
	a.tracker.Close(drainTimeout)
	if err := d.Close(); err != nil && !errors.Is(err, discordgo.ErrWSNotFound) {
		log.Warn("closing the Discord session", "err", err)
	}
	return nil
}

// serveShards keeps the gateway shards this process holds connected, and
// those it lost disconnected, until ctx ends.
func serveShards(ctx context.Context, d *bot.Discord, m *cluster.Member, count int, retry time.Duration, log *slog.Logger) {
	for {
		if err := d.SetShards(ctx, m.Shards(), count); err != nil && ctx.Err() == nil {
			log.Error("connecting gateway shards; will retry", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-m.ShardsChanged():
		case <-time.After(retry):
		}
	}
}
