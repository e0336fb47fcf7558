package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
	"newshound/tracker/query"
	"newshound/tracker/quote"
)

// Outbox rows of alerts (Kind "alert") are stored in a compact binary
// form (alert format 1), as items are: their JSON encoding was the
// largest part of a poll's commit after bbolt's own work. Other rows
// (notices, briefings' summaries, updates of delivered messages) stay
// JSON, and so do rows written before this form: a JSON row starts with
// '{', a binary one with its format byte.
//
// Format 1, integers as varints, strings as a length and the bytes, times
// as in item records:
//
//	0x02 ID guild channel topic
//	hits: count, then per hit term and field
//	quote: 0, or 1 then text, speaker, cue, role, confidence (8 bytes)
//	snippet notice
//	also: count, then each
//	rev attempts
//	created: 0 for the zero time, else 1 then the time
//	item: the rest, its item record (format 1, URL stored)
const alertFormat1 = 0x02

var errAlertRecord = errors.New("outbox row does not decode")

// binaryAlert reports whether a row is stored in the binary form: an alert
// with none of the fields only other kinds of row use.
func binaryAlert(a *tracker.Alert) bool {
	return a.Kind == tracker.KindAlert && a.Summary == nil && len(a.Message) == 0 &&
		a.MessageID == "" && a.Edits == 0 && a.NotBefore.IsZero()
}

// putAlert stores outbox row a under k.
func putAlert(b *bolt.Bucket, k []byte, a tracker.Alert) error {
	if !binaryAlert(&a) {
		return putJSON(b, k, a)
	}
	return b.Put(k, appendAlert(make([]byte, 0, alertSize(&a)), &a))
}

func appendAlert(b []byte, a *tracker.Alert) []byte {
	b = append(b, alertFormat1)
	b = binary.AppendUvarint(b, a.ID)
	b = appendString(b, a.GuildID)
	b = appendString(b, a.ChannelID)
	b = appendString(b, a.Topic)
	b = binary.AppendUvarint(b, uint64(len(a.Hits)))
	for _, h := range a.Hits {
		b = appendString(b, h.Term)
		b = appendString(b, h.Field)
	}
	if q := a.Quote; q == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = appendString(b, q.Text)
		b = appendString(b, q.Speaker)
		b = appendString(b, q.Cue)
		b = appendString(b, q.Role)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(q.Confidence))
	}
	b = appendString(b, a.Snippet)
	b = appendString(b, a.Notice)
	b = binary.AppendUvarint(b, uint64(len(a.Also)))
	for _, s := range a.Also {
		b = appendString(b, s)
	}
	b = binary.AppendUvarint(b, uint64(max(a.Rev, 0)))
	b = binary.AppendUvarint(b, uint64(max(a.Attempts, 0)))
	if a.Created.IsZero() {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = appendTime(b, a.Created)
	}
	return appendItem(b, &a.Item, false)
}

func alertSize(a *tracker.Alert) int {
	n := 1 + 4*10 + len(a.GuildID) + len(a.ChannelID) + len(a.Topic) + 10 + itemSize(&a.Item) + 10
	for _, h := range a.Hits {
		n += 20 + len(h.Term) + len(h.Field)
	}
	if q := a.Quote; q != nil {
		n += 1 + 40 + 8 + len(q.Text) + len(q.Speaker) + len(q.Cue) + len(q.Role)
	}
	n += 20 + len(a.Snippet) + len(a.Notice) + 10
	for _, s := range a.Also {
		n += 10 + len(s)
	}
	return n + 3*10 + 1 + 25
}

// decodeAlert decodes an outbox row of either form.
func decodeAlert(v []byte) (tracker.Alert, error) {
	var a tracker.Alert
	if len(v) == 0 || v[0] != alertFormat1 {
		err := json.Unmarshal(v, &a)
		return a, err
	}
	r := reader{b: v[1:]}
	a.Kind = tracker.KindAlert
	a.ID = r.uvarint()
	a.GuildID, a.ChannelID, a.Topic = r.string(), r.string(), r.string()
	if n := r.uvarint(); n > 0 && n <= uint64(len(r.b)) {
		a.Hits = make([]query.Hit, n)
		for i := range a.Hits {
			a.Hits[i] = query.Hit{Term: r.string(), Field: r.string()}
		}
	} else if n > 0 {
		r.err = true
	}
	switch flag := r.byte(); {
	case r.err:
	case flag == 1:
		q := &quote.Quote{Text: r.string(), Speaker: r.string(), Cue: r.string(), Role: r.string()}
		if len(r.b) < 8 {
			r.err = true
			break
		}
		q.Confidence = math.Float64frombits(binary.LittleEndian.Uint64(r.b))
		r.b = r.b[8:]
		a.Quote = q
	case flag != 0:
		r.err = true
	}
	a.Snippet, a.Notice = r.string(), r.string()
	if n := r.uvarint(); n > 0 && n <= uint64(len(r.b)) {
		a.Also = make([]string, n)
		for i := range a.Also {
			a.Also[i] = r.string()
		}
	} else if n > 0 {
		r.err = true
	}
	a.Rev, a.Attempts = int(r.uvarint()), int(r.uvarint())
	switch flag := r.byte(); {
	case r.err:
	case flag == 1:
		a.Created = r.time()
	case flag != 0:
		r.err = true
	}
	if r.err || a.Rev < 0 || a.Attempts < 0 {
		return tracker.Alert{}, errAlertRecord
	}
	it, err := decodeItem(nil, r.b)
	if err != nil {
		return tracker.Alert{}, errAlertRecord
	}
	a.Item = it
	return a, nil
}

func (r *reader) byte() byte {
	if r.err || len(r.b) == 0 {
		r.err = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// validAlert reports whether an outbox row decodes (Salvage).
func validAlert(v []byte) bool {
	_, err := decodeAlert(v)
	return err == nil
}
