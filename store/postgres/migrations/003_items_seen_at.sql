-- RecentItems reads the items seen since a time: with several processes,
-- each reads the last few seconds' items every few seconds (their stories),
-- which without this index would scan every stored item.
CREATE INDEX items_seen_at ON items (seen_at);
