// Package tracker is Newshound's domain: topics and the channels subscribed to
// them, the feeds that are polled, the items and articles found there, and the
// alerts owed to each channel.
//
// Data travels one way: the scheduler picks due feeds, fetches them
// (conditional GET), parses and normalises their items, looks the items up in
// the store (one read transaction), matches new ones against the topic index,
// reads matched articles and their quotes, groups them into stories, and writes
// items, seen keys and outbox rows in one write transaction. A deliverer then
// drains the outbox through a Notifier, oldest first, and marks rows sent.
//
// The package imports neither the store nor the front ends: it declares the
// small interfaces it consumes, Store and Notifier, and they implement them.
package tracker
