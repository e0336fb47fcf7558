-- Schema version 5: messages of alerts delivered, kept for the story window
-- so that later copies of their stories edit them ("Also reported by"):
-- one row a message, under the outbox id of its first alert, and one row
-- for each alert it carries, pointing at it.
CREATE TABLE sent (
	first_id bigint PRIMARY KEY,
	sent_at  timestamptz NOT NULL,
	data     bytea NOT NULL
);
CREATE INDEX sent_sent_at ON sent (sent_at);
CREATE TABLE sent_rows (
	alert_id bigint PRIMARY KEY,
	first_id bigint NOT NULL
);
CREATE INDEX sent_rows_first_id ON sent_rows (first_id);
