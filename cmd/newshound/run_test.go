package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"newshound/bot"
	"newshound/bot/discordtest"
)

func TestRunAgainstAFakeDiscord(t *testing.T) {
	fake := discordtest.New(t, discordtest.WithWaitTimeout(30*time.Second))
	feed := newLiveFeed(t)
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte(feed.URL+"/rss\n"), 0o644)

	cmd := exec.Command(binary, "run", "-feeds", feeds, "-poll", "1s", "-db", filepath.Join(dir, "nh.db"), "-allow-private")
	cmd.Env = append(os.Environ(), "DISCORD_TOKEN=secret-token-value", "DISCORD_GUILD_ID="+discordtest.GuildID, "DISCORD_API_BASE="+fake.URL())
	logs := &captureWriter{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		cmd.Process.Kill()
		<-exited
		if t.Failed() {
			t.Logf("newshound run logs:\n%s", logs)
		}
	}()

	fake.WaitFor(t, "commands registered in the guild", func(st *discordtest.State) bool {
		return len(st.Commands[discordtest.GuildID]) == len(bot.CommandDefinitions())
	})
	in := fake.Interact(t, discordtest.Interaction{
		Name: "track", Permissions: discordgo.PermissionManageChannels,
		AppPermissions: discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks,
		Options:        []*discordgo.ApplicationCommandInteractionDataOption{{Name: "topic", Type: discordgo.ApplicationCommandOptionString, Value: "bagram"}},
	})
	st := fake.WaitFor(t, "the /track answer", func(st *discordtest.State) bool { return len(st.Responses[in.ID]) > 0 })
	if r := st.Responses[in.ID][0]; !strings.Contains(r.Payload.Content, "bagram") {
		t.Fatalf("/track answer = %+v", r)
	}
	link := feed.add("bagram-run", "Bagram talks resume", "Officials met at Bagram.")
	st = fake.WaitFor(t, "an alert in the channel", func(st *discordtest.State) bool {
		return len(st.Messages[discordtest.ChannelID]) > 0
	})
	m := st.Messages[discordtest.ChannelID][0].Payload
	if len(m.Embeds) == 0 || m.Embeds[0].URL != link || m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
		t.Fatalf("alert = %+v", m)
	}

	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		exited <- err
		if err != nil {
			t.Fatalf("run exited with %v after SIGTERM; logs:\n%s", err, logs)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("run did not exit after SIGTERM")
	}
	if strings.Contains(logs.String(), "secret-token-value") {
		t.Fatal("the token appears in the logs")
	}
}

type captureWriter struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (w *captureWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(b)
}

func (w *captureWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}
