package main

import (
	"context"
	"flag"
	"fmt"

	"newshound/store"
)

func runBackup(ctx context.Context, args []string, env environment) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	def := env.getenv("NEWSHOUND_DB")
	if def == "" {
		def = "newshound.db"
	}
	db := fs.String("db", def, "the database `file` to copy (default from $NEWSHOUND_DB)")
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
	if err := store.BackupTo(ctx, *db, fs.Arg(0)); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "backed up %s to %s\n", *db, fs.Arg(0))
	return nil
}
