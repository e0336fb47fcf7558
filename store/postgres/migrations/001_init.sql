-- Newshound's schema, version 1. Keys that come from users or feeds are
-- bytea: compared byte by byte (as the bbolt store orders them) and never
-- refused for their encoding. Records are the tracker's types as JSON, in
-- bytea for the same reason.

CREATE TABLE subscriptions (
	guild   bytea NOT NULL,
	channel bytea NOT NULL,
	topic   bytea NOT NULL,
	data    bytea NOT NULL,
	PRIMARY KEY (guild, channel, topic)
);

CREATE TABLE feeds (
	url  bytea PRIMARY KEY,
	data bytea NOT NULL
);

-- Keys of items seen, per feed; refreshed while a feed still lists them.
CREATE TABLE seen_keys (
	feed    bytea NOT NULL,
	key     bytea NOT NULL,
	seen_at timestamptz NOT NULL,
	PRIMARY KEY (feed, key)
);
CREATE INDEX seen_keys_seen_at ON seen_keys (seen_at);

-- Canonical URLs of items seen, from any feed.
CREATE TABLE seen_urls (
	url     bytea PRIMARY KEY,
	seen_at timestamptz NOT NULL
);
CREATE INDEX seen_urls_seen_at ON seen_urls (seen_at);

CREATE TABLE items (
	url      bytea PRIMARY KEY,
	seen_at  timestamptz NOT NULL,
	seen_day integer NOT NULL, -- YYYYMMDD (UTC) of seen_at
	data     bytea NOT NULL
);
CREATE INDEX items_seen_day ON items (seen_day);

-- Which stories a channel was alerted about (story ID, and the URL of the
-- item the alert carried), and by which outbox row: one alert per story
-- per channel, also when several processes commit the story at once.
CREATE TABLE alerted (
	guild    bytea NOT NULL,
	channel  bytea NOT NULL,
	story    bytea NOT NULL,
	alert_id bigint NOT NULL,
	seen_at  timestamptz NOT NULL,
	PRIMARY KEY (guild, channel, story)
);
CREATE INDEX alerted_seen_at ON alerted (seen_at);

CREATE SEQUENCE outbox_id;
CREATE TABLE outbox (
	id       bigint PRIMARY KEY,
	guild    bytea NOT NULL,
	channel  bytea NOT NULL,
	attempts integer NOT NULL DEFAULT 0,
	data     bytea NOT NULL
);

-- Work shared by several processes: a lease is a row held by one member
-- until it expires (by the database's clock).
CREATE TABLE leases (
	kind    text NOT NULL,
	n       integer NOT NULL,
	holder  text,
	expires timestamptz,
	PRIMARY KEY (kind, n)
);

-- The processes sharing the database, each renewing its row.
CREATE TABLE members (
	id      text PRIMARY KEY,
	expires timestamptz NOT NULL
);
