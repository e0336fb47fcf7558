package discordapi

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Discord JSON error codes Newshound acts on.
// https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
const (
	CodeUnknownChannel          = 10003
	CodeUnknownWebhook          = 10015
	CodeUnknownInteraction      = 10062
	CodeMissingAccess           = 50001
	CodeCannotSendEmptyMessage  = 50006
	CodeMissingPermissions      = 50013
	CodeInvalidFormBody         = 50035
	CodeInteractionAlreadyAcked = 40060
)

// IsPermanent reports whether err means the bot cannot post to the channel
// until a human acts: missing access (403, code 50001), missing permissions
// (403, code 50013) or an unknown channel (404, code 10003). The caller
// pauses the subscription instead of retrying.
func IsPermanent(err error) bool {
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Response == nil || re.Message == nil {
		return false
	}
	switch re.Response.StatusCode {
	case http.StatusForbidden:
		return re.Message.Code == CodeMissingAccess || re.Message.Code == CodeMissingPermissions
	case http.StatusNotFound:
		return re.Message.Code == CodeUnknownChannel
	}
	return false
}

// IsRetryable reports whether the same request may succeed later: a 5xx
// from Discord, a 429 that discordgo did not retry itself (when
// ShouldRetryOnRateLimit is off), a 502 after discordgo's own retries, or a
// network error. A cancelled context is not retryable; the caller gave up.
func IsRetryable(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) {
		return re.Response != nil && re.Response.StatusCode >= 500
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	// discordgo reports a 502 that survived its retries as a plain error.
	return strings.Contains(err.Error(), "Exceeded Max retries HTTP 502")
}
