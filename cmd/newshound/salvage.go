package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"newshound/store"
	"newshound/store/postgres"
)

func runSalvage(_ context.Context, args []string, env environment) error {
	fs := flag.NewFlagSet("salvage", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	db := fs.String("db", "", "the damaged bbolt database `file` (default $NEWSHOUND_DB, else newshound.db)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: newshound salvage [-db DAMAGED] NEW\n\nCopies every readable record of a damaged database into a fresh file NEW, and\nreports what it could not read. Stop the bot first; then run it with -db NEW.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return errUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	if *db == "" {
		*db = defaultDB(env)
	}
	if postgres.IsURL(*db) {
		return errors.New("the database is PostgreSQL: the server has its own tools for damaged data; this command reads bbolt files")
	}
	rep, err := store.Salvage(*db, fs.Arg(0))
	if err != nil {
		return err
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(env.stderr, "could not read: %s\n", p)
	}
	fmt.Fprintf(env.stdout, "salvaged %d records from %s into %s; %d problems\n", rep.Copied, *db, fs.Arg(0), len(rep.Problems))
	return nil
}
