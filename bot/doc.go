// Package bot is Newshound's command layer and its two front ends.
//
// The command layer (Commands) parses a command as typed, checks the caller's
// permissions, calls the tracker and renders the answer as Discord message
// payloads (content and embeds). The console (Console) reads commands from a
// terminal and prints those payloads; the Discord front end (Discord) takes
// them from interactions and posts them. Both implement tracker.Notifier, so
// what the console prints is what Discord would show.
package bot
