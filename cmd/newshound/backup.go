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
	db, path, err := parseFileCommand(env, args, "backup",
		"the database `file` to copy (default $NEWSHOUND_DB, else newshound.db)",
		"Usage: newshound backup [-db FILE] PATH\n\nWrites a consistent copy of the database to PATH, also while the bot runs.\n\nFlags:\n",
		"the database is PostgreSQL: back it up with PostgreSQL's own tools (pg_dump, or base backups with WAL archiving); this command copies bbolt files")
	if err != nil {
		return err
	}
	if err := store.BackupTo(ctx, db, path); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "backed up %s to %s\n", db, path)
	return nil
}

// parseFileCommand parses the command line of a command that reads a bbolt
// file (-db FILE, default as for run) and writes one PATH: backup, salvage.
// A PostgreSQL URL in -db is refused with pgRefusal.
func parseFileCommand(env environment, args []string, name, dbHelp, usage, pgRefusal string) (db, path string, err error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	dbFlag := fs.String("db", "", dbHelp)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return "", "", err
		}
		return "", "", errUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return "", "", errUsage
	}
	db = *dbFlag
	if db == "" {
		db = defaultDB(env)
	}
	if postgres.IsURL(db) {
		return "", "", errors.New(pgRefusal)
	}
	return db, fs.Arg(0), nil
}
