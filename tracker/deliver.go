package tracker

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

const (
	// deliverBatch is how many outbox rows one pass delivers at most, and
	// deliverScan how many it reads looking for channels not on hold.
	deliverBatch = 200
	deliverScan  = 5000
	// digestMax is the most alerts one digest message carries, few enough
	// that every one of them fits Discord's limits on one message.
	digestMax = 10
	// rateWindow and rateMessages: at most rateMessages messages per channel
	// in any rateWindow; alerts past that wait and are folded into a digest.
	rateWindow   = time.Minute
	rateMessages = 5
)

func (t *Tracker) deliverLoop(ctx context.Context) {
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		case <-t.wakeDeliver:
		}
		if _, err := t.deliverPass(ctx, false); err != nil && ctx.Err() == nil {
			t.log.Error("reading the outbox failed", "err", err)
		}
		timer.Reset(time.Second)
	}
}

// deliverPass sends what is pending, oldest first, channel by channel, and
// returns how many rows it delivered or dropped. With draining set it ignores
// per-channel pacing (the process is about to exit) but not failures.
//
// Rules: a channel gets at most rateMessages messages per rateWindow; when
// more than DigestAbove alerts are due for a channel at once, or the channel
// is at its rate, they go out as one digest. A failed send keeps the rows and
// holds the channel with exponential back-off; an undeliverable channel has
// its subscriptions paused and its rows dropped.
func (t *Tracker) deliverPass(ctx context.Context, draining bool) (int, error) {
	t.deliverMu.Lock()
	defer t.deliverMu.Unlock()
	now := time.Now()
	held := func(k [2]string) bool {
		until, ok := t.holdUntil[k[0]+"/"+k[1]]
		return ok && now.Before(until) && !draining
	}
	// Read past the rows of channels on hold, so that one channel Discord
	// refuses for now cannot keep the others waiting.
	var order [][2]string
	groups := map[[2]string][]Alert{}
	var after uint64
	for scanned, taken := 0, 0; scanned < deliverScan && taken < deliverBatch; {
		page, err := t.store.Pending(ctx, after, deliverBatch)
		if err != nil {
			return 0, err
		}
		if len(page) == 0 {
			break
		}
		scanned += len(page)
		after = page[len(page)-1].ID
		for _, a := range page {
			k := [2]string{a.GuildID, a.ChannelID}
			if held(k) || !t.sharedChannel(a.GuildID, a.ChannelID) {
				continue
			}
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], a)
			taken++
		}
	}
	done := 0
	for _, k := range order {
		if ctx.Err() != nil {
			break
		}
		ch := k[0] + "/" + k[1]
		recent := t.recentSends(ch, now)
		for _, msg := range t.plan(groups[k], recent, draining) {
			err := t.cfg.Notifier.Notify(ctx, msg)
			ids := alertIDs(msg)
			switch {
			case err == nil:
				t.counters.alertsSent.Add(int64(len(ids)))
				delete(t.holdUntil, ch)
				t.rate[ch] = append(t.rate[ch], now)
				if derr := t.store.Delivered(ctx, ids...); derr != nil {
					return done, derr
				}
				done += len(ids)
			case errors.Is(err, ErrRejected):
				t.counters.alertsFailed.Add(int64(len(ids)))
				t.log.Error("Discord refused a message as it is; dropping it", "guild", k[0], "channel", k[1], "alerts", len(ids), "err", err)
				if derr := t.store.Drop(ctx, ids...); derr != nil {
					return done, derr
				}
				done += len(ids)
			case errors.Is(err, ErrUndeliverable):
				t.counters.alertsFailed.Add(int64(len(groups[k])))
				t.log.Warn("channel cannot be delivered to; pausing its topics", "guild", k[0], "channel", k[1], "err", err)
				reason, ok := UserMessage(err)
				if !ok {
					reason = "Discord refuses the bot's messages there"
				}
				if perr := t.pauseChannel(ctx, k[0], k[1], reason); perr != nil {
					return done, perr
				}
				if derr := t.store.Drop(ctx, alertIDs(groups[k])...); derr != nil {
					return done, derr
				}
				done += len(groups[k])
			default:
				t.counters.alertsFailed.Add(int64(len(ids)))
				attempts := msg[0].Attempts + 1
				wait := min(time.Second<<min(attempts, 10), 10*time.Minute)
				t.holdUntil[ch] = now.Add(wait)
				t.log.Warn("delivery failed; will retry", "guild", k[0], "channel", k[1], "attempt", attempts, "retry_in", wait.String(), "err", err)
				for _, id := range ids {
					if derr := t.store.Deferred(ctx, id); derr != nil {
						return done, derr
					}
				}
			}
			if err != nil && !errors.Is(err, ErrRejected) {
				break
			}
		}
	}
	return done, nil
}

// plan splits one channel's pending rows into messages: singles while the
// channel is under its rate and few are due, else digests.
func (t *Tracker) plan(rows []Alert, recentSends int, draining bool) [][]Alert {
	var msgs [][]Alert
	var alerts []Alert
	for _, a := range rows {
		if a.Kind == KindNotice {
			msgs = append(msgs, []Alert{a})
		} else {
			alerts = append(alerts, a)
		}
	}
	budget := rateMessages - recentSends - len(msgs)
	if draining {
		budget = max(budget, 1)
	}
	if len(alerts) <= t.cfg.DigestAbove && len(alerts) <= budget {
		for _, a := range alerts {
			msgs = append(msgs, []Alert{a})
		}
		return msgs
	}
	if budget <= 0 && !draining {
		return msgs // wait for the window; they will go out as a digest
	}
	for len(alerts) > 0 {
		n := min(len(alerts), digestMax)
		msgs = append(msgs, alerts[:n])
		alerts = alerts[n:]
	}
	return msgs
}

func (t *Tracker) recentSends(ch string, now time.Time) int {
	list := t.rate[ch]
	i := 0
	for i < len(list) && now.Sub(list[i]) >= rateWindow {
		i++
	}
	list = list[i:]
	if len(list) == 0 {
		delete(t.rate, ch)
	} else {
		t.rate[ch] = list
	}
	return len(list)
}

func alertIDs(alerts []Alert) []uint64 {
	ids := make([]uint64, len(alerts))
	for i, a := range alerts {
		ids[i] = a.ID
	}
	return ids
}

// pauseChannel pauses a channel's subscriptions in the store and removes
// them from matching.
func (t *Tracker) pauseChannel(ctx context.Context, guild, channel, reason string) error {
	paused, err := t.store.PauseChannel(ctx, guild, channel, reason)
	if err != nil {
		return err
	}
	var gone []string
	t.mu.Lock()
	for _, s := range paused {
		if t.removeSubLocked(s.GuildID, s.ChannelID, s.Topic) {
			gone = append(gone, s.Topic)
		}
	}
	t.mu.Unlock()
	for _, topic := range gone {
		if err := t.releaseTopicFeed(ctx, topic); err != nil {
			return err
		}
	}
	if len(paused) == 0 {
		return nil
	}
	// Tell the guild once, in its other channels that still get alerts.
	var topics []string
	for _, s := range paused {
		topics = append(topics, s.Topic)
	}
	msg := fmt.Sprintf("Newshound can no longer post in channel %s (%s), so its topics are paused: %s. Fix the bot's access there, then /track them again.",
		channel, reason, strings.Join(topics, ", "))
	notices := t.guildNotices([]string{guild}, msg)
	if len(notices) == 0 {
		return nil
	}
	return t.store.Queue(ctx, notices...)
}
