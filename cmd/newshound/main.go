// Command newshound tracks news topics for Discord channels, or for a
// terminal. See README.md and `newshound -h`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `newshound tracks news topics and posts alerts and summaries.

Usage:
  newshound run [flags]              connect to Discord (DISCORD_TOKEN)
  newshound console [flags]          the same bot in this terminal (stdin/stdout)
  newshound extract [-json] SOURCE…  show the article and quotes read from URLs or files
  newshound backup [-db PATH] PATH   write a consistent copy of the database
  newshound salvage [-db OLD] NEW    copy what can be read of a damaged database

Run "newshound COMMAND -h" for a command's flags.
`

// errUsage marks a command-line mistake: exit status 2.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := environment{getenv: os.Getenv, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	os.Exit(Main(ctx, os.Args[1:], env))
}

// environment is what the program reads and writes besides files, so tests
// can run it whole in-process.
type environment struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// Main runs one subcommand and returns the exit status.
func Main(ctx context.Context, args []string, env environment) int {
	if len(args) == 0 {
		fmt.Fprint(env.stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "run":
		err = runDiscord(ctx, args[1:], env)
	case "console":
		err = runConsole(ctx, args[1:], env)
	case "extract":
		err = runExtract(ctx, args[1:], env)
	case "backup":
		err = runBackup(ctx, args[1:], env)
	case "salvage":
		err = runSalvage(ctx, args[1:], env)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(env.stdout, usage)
		return 0
	default:
		fmt.Fprintf(env.stderr, "newshound: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	default:
		fmt.Fprintf(env.stderr, "newshound %s: %v\n", args[0], err)
		return 1
	}
}
