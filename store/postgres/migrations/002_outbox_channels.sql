-- One row per channel with an outbox, locked by every transaction that
-- queues alerts for the channel before it takes their IDs: concurrent
-- transactions of several processes then queue a channel's alerts one after
-- the other, so that IDs follow commit order within a channel and a reader
-- never sees a channel's later row before an earlier one.
CREATE TABLE outbox_channels (
	guild   bytea NOT NULL,
	channel bytea NOT NULL,
	queued  bigint NOT NULL DEFAULT 0,
	PRIMARY KEY (guild, channel)
);
