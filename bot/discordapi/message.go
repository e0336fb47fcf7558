package discordapi

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Message is the create-message payload Newshound sends. It mirrors
// discordgo.MessageSend but adds what that type lacks: nonce and
// enforce_nonce.
type Message struct {
	Content string
	Embeds  []*discordgo.MessageEmbed
	// AllowedMentions is always sent. Nil means parse: [] — nothing in the
	// message pings anyone, whatever its text says.
	AllowedMentions *discordgo.MessageAllowedMentions
	// Nonce is a caller-chosen idempotency key of any length (an outbox
	// entry id, say). Discord limits nonces to 25 characters, so the request
	// carries Nonce(key), a digest of it.
	Nonce string
	// EnforceNonce asks Discord to return the message already created with
	// the same nonce in that channel (within a few minutes) instead of
	// creating a duplicate. It requires Nonce.
	EnforceNonce bool
}

// MaxNonceLen is Discord's limit on a message nonce.
const MaxNonceLen = 25

// Nonce derives a Discord message nonce (25 hex characters, 100 bits of
// SHA-256) from an idempotency key. Equal keys give equal nonces.
func Nonce(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:MaxNonceLen]
}

type messagePayload struct {
	Content         string                            `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                            `json:"nonce,omitempty"`
	EnforceNonce    bool                              `json:"enforce_nonce,omitempty"`
}

// SendMessage creates a message in channelID (POST /channels/{id}/messages)
// through s, so the request uses s.Client, s's rate-limit buckets and
// discordgo's handling of 429 (sleep retry_after, retry) and 502 (retry up
// to s.MaxRestRetries). ctx cancels the HTTP request.
//
// Errors from Discord are *discordgo.RESTError (wrapped); classify them with
// IsPermanent and IsRetryable.
func SendMessage(ctx context.Context, s *discordgo.Session, channelID string, msg Message) (*discordgo.Message, error) {
	if channelID == "" {
		return nil, errors.New("send message: empty channel id")
	}
	if msg.EnforceNonce && msg.Nonce == "" {
		return nil, errors.New("send message: enforce nonce without a nonce")
	}
	p := messagePayload{
		Content:         msg.Content,
		Embeds:          msg.Embeds,
		AllowedMentions: msg.AllowedMentions,
		EnforceNonce:    msg.EnforceNonce,
	}
	if p.AllowedMentions == nil {
		p.AllowedMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
	}
	if msg.Nonce != "" {
		p.Nonce = Nonce(msg.Nonce)
	}
	endpoint := discordgo.EndpointChannelMessages(channelID)
	body, err := s.RequestWithBucketID("POST", endpoint, p, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("send message to channel %s: %w", channelID, err)
	}
	var m discordgo.Message
	if err := discordgo.Unmarshal(body, &m); err != nil {
		return nil, fmt.Errorf("send message to channel %s: decode response: %w", channelID, err)
	}
	return &m, nil
}
