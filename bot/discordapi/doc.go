// Package discordapi holds the few pieces of Discord's REST API that
// Newshound needs beyond what discordgo offers: a transport that pins every
// request to Discord (or to a fake of it in tests), message creation with
// nonce-based idempotency, and the classification of Discord's errors into
// "retry later" and "give up".
//
// Nothing here reassigns discordgo's Endpoint variables: they are computed at
// package init and are shared by every session in the process. Redirection
// happens in the HTTP transport instead.
package discordapi
