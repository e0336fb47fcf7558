package store

import (
	"bytes"
	"context"
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
)

// AddSubscription implements tracker.Store.
func (s *DB) AddSubscription(_ context.Context, sub tracker.Subscription, maxPerGuild int) error {
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSubs)
		k := key(sub.GuildID, sub.ChannelID, sub.Topic)
		if v := b.Get(k); v != nil {
			var old tracker.Subscription
			if err := json.Unmarshal(v, &old); err != nil {
				s.undecodable(bucketSubs, k, err)
				return putJSON(b, k, sub) // the damaged record is replaced
			}
			if !old.Paused {
				return tracker.Errorf("This channel already tracks %q.", sub.Topic)
			}
			old.Paused, old.Reason = false, ""
			return putJSON(b, k, old)
		}
		if maxPerGuild > 0 {
			n := 0
			prefix := key(sub.GuildID, "")
			c := b.Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				n++
			}
			if n >= maxPerGuild {
				return tracker.Errorf("This server already tracks %d topics, the limit; /untrack one first.", n)
			}
		}
		return putJSON(b, k, sub)
	})
}

// RemoveSubscription implements tracker.Store.
func (s *DB) RemoveSubscription(_ context.Context, guild, channel, topic string) error {
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSubs)
		k := key(guild, channel, topic)
		if b.Get(k) == nil {
			return tracker.Errorf("This channel does not track %q; /topics lists what it tracks.", topic)
		}
		return b.Delete(k)
	})
}

// Subscriptions implements tracker.Store.
func (s *DB) Subscriptions(context.Context) ([]tracker.Subscription, error) {
	var out []tracker.Subscription
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSubs).ForEach(func(k, v []byte) error {
			var sub tracker.Subscription
			if err := json.Unmarshal(v, &sub); err != nil {
				s.undecodable(bucketSubs, k, err)
				return nil
			}
			out = append(out, sub)
			return nil
		})
	})
	return out, err
}

// PauseChannel implements tracker.Store.
func (s *DB) PauseChannel(_ context.Context, guild, channel, reason string) ([]tracker.Subscription, error) {
	var out []tracker.Subscription
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSubs)
		prefix := key(guild, channel, "")
		c := b.Cursor()
		type kv struct {
			k   []byte
			sub tracker.Subscription
		}
		var changed []kv
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			var sub tracker.Subscription
			if err := json.Unmarshal(v, &sub); err != nil {
				s.undecodable(bucketSubs, k, err)
				continue
			}
			if sub.Paused {
				continue
			}
			sub.Paused, sub.Reason = true, reason
			changed = append(changed, kv{append([]byte(nil), k...), sub})
		}
		for _, c := range changed {
			if err := putJSON(b, c.k, c.sub); err != nil {
				return err
			}
			out = append(out, c.sub)
		}
		return nil
	})
	return out, err
}

func putJSON(b *bolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, data)
}
