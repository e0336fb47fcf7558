// Package discordtest is a fake Discord for tests: an HTTP server and a
// websocket gateway on 127.0.0.1, spoken to by the real discordgo client.
// It records what the bot did (identify, commands, interaction responses,
// messages, every request) so tests assert on state, never on call order.
//
// Create the fake FIRST, then the session: t.Cleanup runs last-in first-out,
// so the session is closed before the fake. Closed the other way round,
// discordgo reconnects forever and leaks into later tests. Server.Session
// registers that cleanup itself.
//
//	func TestSubscribeReplies(t *testing.T) {
//		fake := discordtest.New(t)
//		sess := fake.Session(t, "test-token")
//		sess.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
//			s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
//				Type: discordgo.InteractionResponseChannelMessageWithSource,
//				Data: &discordgo.InteractionResponseData{Content: "ok"},
//			})
//		})
//		fake.Open(t, sess) // Open with a timeout
//		in := fake.Interact(t, discordtest.Interaction{Name: "subscribe"})
//		fake.WaitFor(t, "reply to /subscribe", func(st *discordtest.State) bool {
//			return len(st.Responses[in.ID]) > 0
//		})
//	}
//
// Routes not implemented answer 404, are recorded in State.Unknown and fail
// the test at Close. Failures are injected with FailNext; DisconnectAll drops
// the gateway connections to exercise resume; DeleteMessage deletes a
// channel message as a moderator would (its edits then get 404 code 10008),
// and Message.Edits records every accepted edit of a message.
package discordtest
