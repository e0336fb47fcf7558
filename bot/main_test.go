package bot_test

import (
	"testing"

	"go.uber.org/goleak"
)

// Every goroutine the bot, the tracker and discordgo start must be gone
// when a test has closed what it opened.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
