package store

import (
	"context"
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
)

// Briefings implements tracker.Store. A damaged record is skipped.
func (s *DB) Briefings(context.Context) ([]tracker.Briefing, error) {
	var out []tracker.Briefing
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketBriefings).ForEach(func(k, v []byte) error {
			var b tracker.Briefing
			if err := json.Unmarshal(v, &b); err != nil {
				s.undecodable(bucketBriefings, k, err)
				return nil
			}
			out = append(out, b)
			return nil
		})
	})
	return out, err
}

// PutBriefing implements tracker.Store.
func (s *DB) PutBriefing(_ context.Context, b tracker.Briefing) error {
	return s.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketBriefings), key(b.GuildID, b.ChannelID), b)
	})
}

// DeleteBriefing implements tracker.Store.
func (s *DB) DeleteBriefing(_ context.Context, guild, channel string) error {
	return s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketBriefings).Delete(key(guild, channel))
	})
}

// QueueBriefing implements tracker.Store, in one write transaction.
func (s *DB) QueueBriefing(_ context.Context, b tracker.Briefing, rows []tracker.Alert) (bool, error) {
	done := false
	err := s.update(func(tx *bolt.Tx) error {
		done = false
		bb := tx.Bucket(bucketBriefings)
		k := key(b.GuildID, b.ChannelID)
		v := bb.Get(k)
		if v == nil {
			return nil // stopped meanwhile
		}
		var stored tracker.Briefing
		if err := json.Unmarshal(v, &stored); err != nil {
			return err
		}
		if !stored.Last.Before(b.Last) {
			return nil // done already
		}
		stored.Last = b.Last
		if err := putJSON(bb, k, stored); err != nil {
			return err
		}
		outbox := appendOutbox(tx)
		for _, a := range rows {
			seq, err := outbox.NextSequence()
			if err != nil {
				return err
			}
			a.ID = seq
			if err := putAlert(outbox, u64(seq), a); err != nil {
				return err
			}
		}
		done = true
		return nil
	})
	return done, err
}
