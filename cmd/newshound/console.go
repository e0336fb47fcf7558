package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/mattn/go-isatty"

	"newshound/bot"
	"newshound/tracker/demo"
)

// demoPoll is the poll interval of -demo, unless -poll says otherwise.
const demoPoll = 2 * time.Second

func runConsole(ctx context.Context, args []string, env environment) error {
	// In a terminal the log would crowd out the messages: warnings and
	// errors only, unless -log-level asks for more.
	o := options{logLevel: "warn"}
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
	console := &bot.Console{Out: env.stdout, JSON: *jsonOut}
	if !*jsonOut && isTerminal(env.stdout) && env.getenv("NO_COLOR") == "" && env.getenv("TERM") != "dumb" {
		console.Color = true
	}
	if out, ok := env.stdout.(*os.File); ok && !*jsonOut && isTerminal(out) {
		console.Width = func() int { return terminalWidth(out) }
	}
	if isTerminal(env.stdin) && isTerminal(env.stderr) {
		console.Prompt = env.stderr
	}
	log, err := o.logger(console.LogWriter(env.stderr))
	if err != nil {
		return err
	}
	o.memLimit.apply(env.getenv)
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
		fmt.Fprintf(console.LogWriter(env.stderr), "Demo news is live: a story every %v at first, then one every %v, fresh for %d minutes, then repeats. Type /track bagram and wait for alerts; /help lists the commands.\n",
			demo.DefaultInterval, demo.DefaultSteady, int(time.Until(srv.FreshUntil()).Round(time.Minute)/time.Minute))
	}
	if o.feeds != "" || !*demoMode {
		more, err := o.catalog()
		if err != nil {
			return err
		}
		catalog = append(catalog, more...)
	}
	a, err := openApp(ctx, &o, log, catalog, console)
	if err != nil {
		return err
	}
	defer a.close()
	console.Commands = a.commands
	if o.listen != "" {
		stop, err := serveListen(o.listen, bot.NewMetrics(a.tracker, a.db), log)
		if err != nil {
			return err
		}
		defer stop()
	}
	log.Debug("released the executable's start-up pages", "bytes", releaseStartupPages())
	a.tracker.Start(ctx)
	return console.Run(ctx, env.stdin)
}

// isTerminal reports whether f is a terminal (not a pipe, file or
// /dev/null).
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && (isatty.IsTerminal(file.Fd()) || isatty.IsCygwinTerminal(file.Fd()))
}
