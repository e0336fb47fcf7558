package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"newshound/store"
	"newshound/store/postgres"
)

func runBackup(ctx context.Context, args []string, env environment) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	db := fs.String("db", "", "the database `file` to copy (default $NEWSHOUND_DB, else newshound.db)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: newshound backup [-db FILE] PATH\n\nWrites a consistent copy of the database to PATH, also while the bot runs.\n\nFlags:\n")
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
		return errors.New("the database is PostgreSQL: back it up with PostgreSQL's own tools (pg_dump, or base backups with WAL archiving); this command copies bbolt files")
	}
	if err := store.BackupTo(ctx, *db, fs.Arg(0)); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "backed up %s to %s\n", *db, fs.Arg(0))
	return nil
}
