package tracker

import (
	"context"
	"sync"

	"newshound/tracker/feed"
)

// IngestBody runs one poll's work on a feed body already fetched, as a
// poll worker does, less the fetch: parse, normalise, dedup, match, and
// hand the outcome to record, which commits it in the background (as it
// does a worker's poll). Benchmarks use it to leave HTTP out; WaitRecorded
// waits for the commits and returns the first that failed.
func (t *Tracker) IngestBody(ctx context.Context, f *Feed, body []byte) (int, error) {
	return t.IngestThen(ctx, f, body, func() {})
}

// PollBody is one poll of a changed feed as a poll worker runs it, less
// the fetch: parse and ingest holding one of the tracker's parsing slots
// (Config.Parsers), then the commit without it (record), so that polls
// committing at the same time share a transaction.
func (t *Tracker) PollBody(ctx context.Context, f *Feed, body []byte) (int, error) {
	prev := cloneFeed(f)
	select {
	case t.parsing <- struct{}{}:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	var res PollResult
	parsed, err := feed.ParseContext(ctx, body)
	n := 0
	if err == nil {
		n, err = t.ingest(ctx, f, parsed.Items, &res)
	}
	<-t.parsing
	if err != nil {
		return 0, err
	}
	res.Feed = *f
	t.record(ctx, res, prev, keepRecordError)
	return n, nil
}

// IngestThen is IngestBody calling between after the poll is ingested
// and before it is handed over to be recorded.
func (t *Tracker) IngestThen(ctx context.Context, f *Feed, body []byte, between func()) (int, error) {
	prev := cloneFeed(f)
	parsed, err := feed.Parse(body)
	if err != nil {
		return 0, err
	}
	var res PollResult
	n, err := t.ingest(ctx, f, parsed.Items, &res)
	if err != nil {
		return 0, err
	}
	res.Feed = *f
	between()
	t.record(ctx, res, prev, keepRecordError)
	return n, nil
}

// FailedBatches counts the batches of polls that could not be recorded.
func (t *Tracker) FailedBatches() uint64 {
	t.pending.mu.Lock()
	defer t.pending.mu.Unlock()
	return t.pending.failures
}

var (
	recordErrMu sync.Mutex
	recordErr   error
)

func keepRecordError(err error) {
	recordErrMu.Lock()
	defer recordErrMu.Unlock()
	if recordErr == nil {
		recordErr = err
	}
}

// WaitRecorded waits until every poll handed to record is recorded, and
// returns the first error of a poll IngestBody or PollBody handed over
// since the last call.
func (t *Tracker) WaitRecorded() error {
	t.pending.wg.Wait()
	recordErrMu.Lock()
	defer recordErrMu.Unlock()
	err := recordErr
	recordErr = nil
	return err
}

// AddTopicsInMemory subscribes one channel to each topic in memory only,
// skipping the store, so benchmarks can build 100k topics quickly.
func (t *Tracker) AddTopicsInMemory(topics []string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, topic := range topics {
		if err := t.addSubLocked(Subscription{GuildID: "bench", ChannelID: "c", Topic: topic}); err != nil {
			return err
		}
	}
	return nil
}

// RunBriefings queues the briefings due now, as the briefing loop does.
func (t *Tracker) RunBriefings(ctx context.Context) error { return t.runBriefings(ctx) }

// HoldParsers takes every parsing slot, as if that many polls were
// parsing, until release is called.
func (t *Tracker) HoldParsers() (release func()) {
	for range cap(t.parsing) {
		t.parsing <- struct{}{}
	}
	return func() {
		for range cap(t.parsing) {
			<-t.parsing
		}
	}
}

// FlushPollStates writes the polling state waiting for a batch, as the
// batch loop does every few seconds.
func (t *Tracker) FlushPollStates(ctx context.Context) error { return t.flushStates(ctx) }
