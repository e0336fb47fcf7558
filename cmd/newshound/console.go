package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"newshound/bot"
	"newshound/tracker/demo"
)

// demoPoll is the poll interval of -demo, unless -poll says otherwise.
const demoPoll = 2 * time.Second

func runConsole(ctx context.Context, args []string, env environment) error {
	var o options
	fs := flag.NewFlagSet("console", flag.ContinueOnError)
	o.register(fs, env)
	demoMode := fs.Bool("demo", false, "serve built-in sample feeds and articles from 127.0.0.1 (offline); polls every 2s unless -poll is set")
	jsonOut := fs.Bool("json", false, "print each message as one line of JSON: the Discord payload plus \"kind\"")
	fs.Usage = func() {
		fs.Output().Write([]byte("Usage: newshound console [flags]\n\nReads commands from stdin (/track bagram, /summary bagram 48, /help) and prints\nevery message the bot would post. Exits when stdin closes.\n\nFlags:\n"))
		fs.PrintDefaults()
	}
	if err := parse(fs, args, &o, env.stderr); err != nil {
		return err
	}
	log, err := o.logger(env.stderr)
	if err != nil {
		return err
	}
	var catalog []string
	if *demoMode {
		srv, err := demo.Start(demo.Options{})
		if err != nil {
			return err
		}
		defer srv.Close()
		catalog = srv.Feeds()
		if !o.pollSet {
			o.poll = demoPoll
		}
		log.Info("demo feeds are up", "url", srv.URL())
		// Said on stderr whatever the log level, and never on stdout, whose
		// lines -json reserves for messages.
		fmt.Fprintf(env.stderr, "Demo news is live: a new story every %v for as long as this runs. Type /track bagram and wait for alerts; /help lists the commands.\n", demo.DefaultInterval)
	}
	if o.feeds != "" || !*demoMode {
		more, err := o.catalog()
		if err != nil {
			return err
		}
		catalog = append(catalog, more...)
	}
	console := &bot.Console{Out: env.stdout, JSON: *jsonOut}
	a, err := openApp(ctx, &o, log, catalog, console, true)
	if err != nil {
		return err
	}
	defer a.close()
	console.Commands = a.commands
	a.tracker.Start(ctx)
	return console.Run(ctx, env.stdin)
}
