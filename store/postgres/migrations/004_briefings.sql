-- Schema version 4: channels' daily briefing schedules.
CREATE TABLE briefings (
	guild   bytea NOT NULL,
	channel bytea NOT NULL,
	data    bytea NOT NULL,
	PRIMARY KEY (guild, channel)
);
