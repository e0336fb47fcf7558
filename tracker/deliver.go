package tracker

import (
	"context"
	"errors"
	"fmt"
	"slices"
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
	// in any rateWindow, Discord's own limit on a channel; alerts past that
	// wait and are folded into digests, so a backlog drains at up to 50
	// alerts per channel every 5 s.
	rateWindow   = 5 * time.Second
	rateMessages = 5
	// maxSendHold caps the wait after failed sends (5xx, network errors):
	// it doubles from a second with each failure in a row, up to this.
	maxSendHold = 30 * time.Second
)

// deliverPass sends what is pending, oldest first, channel by channel, and
// returns how many rows it delivered or dropped. With draining set it ignores
// per-channel pacing (the process is about to exit) but not failures.
//
// Rules: a channel gets at most rateMessages messages per rateWindow; when
// more than DigestAbove alerts are due for a channel at once, or the channel
// is at its rate, they go out as digests of up to digestMax. A failed send
// (5xx, network error) is Discord's health, not the channel's: it keeps the
// rows, holds every channel with exponential back-off (1 s doubling to
// maxSendHold), and the same message, same rows and nonce, goes first when
// sends resume; the first success resumes every channel at once. An
// undeliverable channel has its subscriptions paused and its rows dropped.
// An update (an edit of a delivered message) waits until its NotBefore on
// the tracker's clock, goes out alone, and is dropped without retry when
// its message is gone (ErrMessageGone).
func (t *Tracker) deliverPass(ctx context.Context, draining bool) (int, error) {
	t.deliverMu.Lock()
	defer t.deliverMu.Unlock()
	now := time.Now()
	clock := t.now() // the tracker's clock, which edits are timed by
	if !draining && now.Before(t.sendHold) {
		return 0, nil // Discord is failing; every channel waits together
	}
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
			if !t.sharedChannel(a.GuildID, a.ChannelID) {
				continue
			}
			if a.Kind == KindUpdate && a.NotBefore.After(clock) {
				continue // one edit a message a minute: copies fold into it meanwhile
			}
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], a)
			taken++
		}
	}
	// A channel whose last message failed goes last, so that one channel
	// Discord keeps failing costs the others one short hold at most.
	slices.SortStableFunc(order, func(a, b [2]string) int {
		ra, rb := len(t.retryGroup[a[0]+"/"+a[1]]) > 0, len(t.retryGroup[b[0]+"/"+b[1]]) > 0
		switch {
		case ra == rb:
			return 0
		case rb:
			return -1
		}
		return 1
	})
	done := 0
	for _, k := range order {
		if ctx.Err() != nil {
			break
		}
		ch := k[0] + "/" + k[1]
		recent := t.recentSends(ch, now)
		retry, rest := t.retryFirst(ch, groups[k])
		for _, msg := range append(retry, t.plan(rest, recent+len(retry), draining)...) {
			if len(msg) == 1 {
				t.fillSnippet(ctx, &msg[0])
			}
			msgID, err := t.notify(ctx, msg)
			ids := alertIDs(msg)
			switch {
			case err == nil:
				if msg[0].Kind == KindUpdate {
					t.counters.edits.Add(1)
				} else {
					t.counters.alertsSent.Add(int64(len(ids)))
				}
				// Discord is back: every channel resumes at once.
				t.sendFailures, t.sendHold = 0, time.Time{}
				delete(t.retryGroup, ch)
				t.rate[ch] = append(t.rate[ch], now)
				if derr := t.store.Delivered(ctx, Delivery{Rows: msg, MessageID: msgID, At: t.now()}); derr != nil {
					return done, derr
				}
				done += len(ids)
			case errors.Is(err, ErrMessageGone) || (msg[0].Kind == KindUpdate && errors.Is(err, ErrUndeliverable)):
				// Someone deleted the message, or the bot may no longer
				// edit it: nothing to retry and nobody to tell.
				delete(t.retryGroup, ch)
				t.counters.editsGone.Add(1)
				t.log.Info("the message to update is gone; dropping the edit", "guild", k[0], "channel", k[1], "message", msg[0].MessageID, "err", err)
				if derr := t.store.Drop(ctx, ids...); derr != nil {
					return done, derr
				}
				done += len(ids)
			case errors.Is(err, ErrRejected):
				delete(t.retryGroup, ch)
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
				// A 5xx, a network error, a send cut short: Discord's
				// health, not this channel's. Everything waits, and this
				// message is sent again as it is, same rows, same nonce.
				t.counters.alertsFailed.Add(int64(len(ids)))
				t.sendFailures++
				wait := min(time.Second<<min(t.sendFailures-1, 10), maxSendHold)
				t.sendHold = now.Add(wait)
				t.retryGroup[ch] = ids
				t.log.Warn("delivery failed; will retry", "guild", k[0], "channel", k[1], "failures", t.sendFailures, "retry_in", wait.String(), "err", err)
				for _, id := range ids {
					if derr := t.store.Deferred(context.WithoutCancel(ctx), id); derr != nil {
						return done, derr
					}
				}
				return done, nil
			}
			if err != nil && !errors.Is(err, ErrRejected) {
				break
			}
		}
	}
	return done, nil
}

// fillSnippet gives an alert that goes out alone (an embed) the snippet
// the poll left to delivery (see appendAlerts): cut from the stored item's
// summary, as the poll would have, or, when no sentence of it is worth
// showing, the summary itself, as an alert without a snippet shows. A
// digest shows titles only, so a burst of alerts costs no snippets. An
// item no longer stored (or a store error) leaves the alert its headline:
// the alert still goes out.
func (t *Tracker) fillSnippet(ctx context.Context, a *Alert) {
	if a.Kind != KindAlert || a.Snippet != "" || a.Item.Description != "" || a.Item.URL == "" {
		return
	}
	it, ok, err := t.store.Item(ctx, a.Item.URL)
	if err != nil || !ok {
		if err != nil {
			t.log.Warn("alert's item not read; sending it without a snippet", "url", a.Item.URL, "err", err)
		}
		return
	}
	if a.Snippet = alertSnippet(it, false, a.Quote); a.Snippet == "" {
		a.Item.Description = it.Description
	}
}

// notify sends one message, giving up when ctx ends even if the notifier
// does not (a client sleeping out a long retry_after): shutdown never waits
// longer than its drain limit. A send given up on may still complete; its
// rows stay queued and go again with the same nonce, which Discord
// deduplicates. A send that has completed when ctx ends counts: select
// would pick between the two at random, and a message posted just as
// shutdown began was then posted again at the next start.
func (t *Tracker) notify(ctx context.Context, msg []Alert) (string, error) {
	type result struct {
		id  string
		err error
	}
	done := make(chan result, 1)
	go func() {
		id, err := t.cfg.Notifier.Notify(ctx, msg)
		done <- result{id, err}
	}()
	select {
	case r := <-done:
		return r.id, r.err
	case <-ctx.Done():
		select {
		case r := <-done:
			return r.id, r.err
		default:
			return "", ctx.Err()
		}
	}
}

// retryFirst takes out of a channel's pending rows the message that failed
// last time, as it was, so that it is sent again with the same rows.
func (t *Tracker) retryFirst(ch string, rows []Alert) (retry [][]Alert, rest []Alert) {
	ids := t.retryGroup[ch]
	if len(ids) == 0 {
		return nil, rows
	}
	want := map[uint64]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var msg []Alert
	for _, a := range rows {
		if want[a.ID] {
			msg = append(msg, a)
		} else {
			rest = append(rest, a)
		}
	}
	if len(msg) == 0 {
		delete(t.retryGroup, ch)
		return nil, rows
	}
	return [][]Alert{msg}, rest
}

// plan splits one channel's pending rows into messages: singles while the
// channel is under its rate and few are due, else digests.
func (t *Tracker) plan(rows []Alert, recentSends int, draining bool) [][]Alert {
	var msgs [][]Alert
	var alerts []Alert
	for _, a := range rows {
		if a.Kind != KindAlert { // notices, briefings and edits go out alone
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
