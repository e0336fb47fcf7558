package main

import (
	"context"
	"fmt"

	"newshound/store"
)

func runSalvage(_ context.Context, args []string, env environment) error {
	db, path, err := parseFileCommand(env, args, "salvage",
		"the damaged bbolt database `file` (default $NEWSHOUND_DB, else newshound.db)",
		"Usage: newshound salvage [-db DAMAGED] NEW\n\nCopies every readable record of a damaged database into a fresh file NEW, and\nreports what it could not read. Stop the bot first; then run it with -db NEW.\n\nFlags:\n",
		"the database is PostgreSQL: the server has its own tools for damaged data; this command reads bbolt files")
	if err != nil {
		return err
	}
	rep, err := store.Salvage(db, path)
	if err != nil {
		return err
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(env.stderr, "could not read: %s\n", p)
	}
	fmt.Fprintf(env.stdout, "salvaged %d records from %s into %s; %d problems\n", rep.Copied, db, path, len(rep.Problems))
	return nil
}
