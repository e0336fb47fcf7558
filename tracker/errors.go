package tracker

import (
	"errors"
	"fmt"
)

// Error is a problem a user can act on: a bad query, a limit reached, an
// unknown topic. Its message is written for the person who typed the command
// and is shown to them as it is; other errors are internal and are logged.
type Error struct {
	Msg string
}

func (e *Error) Error() string { return e.Msg }

// Errorf returns an *Error with a formatted message.
func Errorf(format string, args ...any) error {
	return &Error{Msg: fmt.Sprintf(format, args...)}
}

// UserMessage returns the message of err if it is, or wraps, an *Error.
func UserMessage(err error) (string, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e.Msg, true
	}
	return "", false
}

// ErrUndeliverable marks a Notifier error after which a channel's alerts can
// never be delivered without someone changing something in Discord. When it
// also wraps an *Error, that message says why in plain words, for the notice
// to the guild's other channels.
var ErrUndeliverable = errors.New("channel cannot be delivered to")

// ErrRejected marks a Notifier error after which this message will never be
// accepted as it is (Discord answered 400): its rows are dropped and logged,
// and the channel keeps its subscriptions.
var ErrRejected = errors.New("message rejected")
