package discordapi_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/bwmarrin/discordgo"

	"newshound/bot/discordapi"
	"newshound/bot/discordtest"
)

func TestNonce(t *testing.T) {
	a, b := discordapi.Nonce("outbox-1"), discordapi.Nonce("outbox-2")
	if len(a) != discordapi.MaxNonceLen || a == b || a != discordapi.Nonce("outbox-1") {
		t.Errorf("Nonce = %q, %q; want distinct, stable, %d chars", a, b, discordapi.MaxNonceLen)
	}
}

func TestSendMessageWithEnforcedNonceCreatesOneMessage(t *testing.T) {
	fake := discordtest.New(t)
	sess := fake.Session(t, "test-token")
	ctx := context.Background()
	msg := discordapi.Message{Content: "<@&1> new story", Nonce: "outbox-42", EnforceNonce: true}
	first, err := discordapi.SendMessage(ctx, sess, discordtest.ChannelID, msg)
	if err != nil {
		t.Fatal(err)
	}
	second, err := discordapi.SendMessage(ctx, sess, discordtest.ChannelID, msg)
	if err != nil {
		t.Fatal(err)
	}
	if first.ID == "" || second.ID != first.ID {
		t.Errorf("ids = %q, %q; want the same message twice", first.ID, second.ID)
	}
	ms := fake.Snapshot().Messages[discordtest.ChannelID]
	if len(ms) != 1 {
		t.Fatalf("messages = %d; want 1", len(ms))
	}
	p := ms[0].Payload
	if p.Nonce != discordapi.Nonce("outbox-42") || !p.EnforceNonce {
		t.Errorf("nonce = %q enforce = %v; want %q true", p.Nonce, p.EnforceNonce, discordapi.Nonce("outbox-42"))
	}
	// Nothing pings: allowed_mentions is sent with an empty parse list.
	var raw struct {
		AllowedMentions *struct{ Parse []string } `json:"allowed_mentions"`
	}
	if err := json.Unmarshal(p.Raw, &raw); err != nil || raw.AllowedMentions == nil || raw.AllowedMentions.Parse == nil || len(raw.AllowedMentions.Parse) != 0 {
		t.Errorf("payload %s; want allowed_mentions.parse = []", p.Raw)
	}
}

func TestSendMessageWithoutEnforceDuplicates(t *testing.T) {
	fake := discordtest.New(t)
	sess := fake.Session(t, "test-token")
	msg := discordapi.Message{Embeds: []*discordgo.MessageEmbed{{Title: "Story"}}, Nonce: "k"}
	for range 2 {
		if _, err := discordapi.SendMessage(context.Background(), sess, discordtest.ChannelID, msg); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(fake.Snapshot().Messages[discordtest.ChannelID]); n != 2 {
		t.Errorf("messages = %d; want 2", n)
	}
}

func TestSendMessageRetriesAfterRateLimit(t *testing.T) {
	fake := discordtest.New(t)
	sess := fake.Session(t, "test-token")
	fake.FailNext("POST", "/channels/*/messages", http.StatusTooManyRequests, 1)
	m, err := discordapi.SendMessage(context.Background(), sess, discordtest.ChannelID, discordapi.Message{Content: "x"})
	if err != nil {
		t.Fatalf("after one 429: %v; want discordgo to retry", err)
	}
	var statuses []int
	for _, r := range fake.Snapshot().Requests {
		statuses = append(statuses, r.Status)
	}
	if len(statuses) != 2 || statuses[0] != 429 || statuses[1] != 200 || m.ID == "" {
		t.Errorf("statuses = %v; want [429 200]", statuses)
	}
}

func TestSendMessageErrorClasses(t *testing.T) {
	fake := discordtest.New(t)
	sess := fake.Session(t, "test-token")
	tests := []struct {
		name                 string
		status               int
		body                 string
		permanent, retryable bool
		n                    int // failures injected; 0 means 1
	}{
		{"ServerError", 500, "", false, true, 0},
		// discordgo retries a 502 itself, MaxRestRetries (3) times.
		{"BadGatewayAfterRetries", 502, "", false, true, 4},
		{"ServiceUnavailable", 503, "", false, true, 0},
		{"MissingAccess", 403, "", true, false, 0},
		{"MissingPermissions", 403, discordtest.ErrorBody(50013, "Missing Permissions"), true, false, 0},
		{"UnknownChannel", 404, "", true, false, 0},
		{"UnknownMessage404", 404, discordtest.ErrorBody(10008, "Unknown Message"), false, false, 0},
		{"OtherForbidden", 403, discordtest.ErrorBody(20001, "Bots cannot use this endpoint"), false, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := max(tt.n, 1)
			fake.FailNext("POST", "/channels/*/messages", tt.status, n, tt.body)
			_, err := discordapi.SendMessage(context.Background(), sess, discordtest.ChannelID, discordapi.Message{Content: "x"})
			if err == nil {
				t.Fatal("got no error")
			}
			if got := discordapi.IsPermanent(err); got != tt.permanent {
				t.Errorf("IsPermanent(%v) = %v; want %v", err, got, tt.permanent)
			}
			if got := discordapi.IsRetryable(err); got != tt.retryable {
				t.Errorf("IsRetryable(%v) = %v; want %v", err, got, tt.retryable)
			}
		})
	}
}

func TestSendEmptyMessageIsNeitherPermanentNorRetryable(t *testing.T) {
	fake := discordtest.New(t)
	sess := fake.Session(t, "test-token")
	_, err := discordapi.SendMessage(context.Background(), sess, discordtest.ChannelID, discordapi.Message{})
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Message == nil || re.Message.Code != discordapi.CodeCannotSendEmptyMessage {
		t.Fatalf("empty message: %v; want code 50006", err)
	}
	if discordapi.IsPermanent(err) || discordapi.IsRetryable(err) {
		t.Errorf("empty message classified permanent=%v retryable=%v; want neither", discordapi.IsPermanent(err), discordapi.IsRetryable(err))
	}
}

func TestNetworkErrorIsRetryable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	base := srv.URL
	srv.Close() // nothing listens there now
	rt, err := discordapi.Transport(base, &http.Transport{})
	if err != nil {
		t.Fatal(err)
	}
	sess, _ := discordgo.New("Bot test-token")
	sess.Client = &http.Client{Transport: rt}
	_, err = discordapi.SendMessage(context.Background(), sess, discordtest.ChannelID, discordapi.Message{Content: "x"})
	if err == nil || !discordapi.IsRetryable(err) || discordapi.IsPermanent(err) {
		t.Errorf("connection refused: %v retryable=%v; want retryable", err, discordapi.IsRetryable(err))
	}
}

func TestCancelledSendIsNotRetryable(t *testing.T) {
	fake := discordtest.New(t)
	sess := fake.Session(t, "test-token")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := discordapi.SendMessage(ctx, sess, discordtest.ChannelID, discordapi.Message{Content: "x"})
	if err == nil || discordapi.IsRetryable(err) {
		t.Errorf("cancelled send: %v retryable=%v; want an error, not retryable", err, discordapi.IsRetryable(err))
	}
}

func TestSendMessageRejectsEnforceWithoutNonce(t *testing.T) {
	if _, err := discordapi.SendMessage(context.Background(), nil, "1", discordapi.Message{Content: "x", EnforceNonce: true}); err == nil {
		t.Error("got no error")
	}
}
