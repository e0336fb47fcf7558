package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"time"

	"newshound/tracker"
	"newshound/tracker/quote"
)

// Items are stored in a compact binary form (item format 1) instead of
// JSON, which cost a third of the write transaction's time and stored the
// text of an item whose page was not read twice (Description and Text).
// Records written before it are JSON objects and are still read: a JSON
// record starts with '{', a binary one with its format byte, so no
// migration rewrites old records and a database opened by an older build
// still has readable items until they age out (its build skips the binary
// records it cannot read, logging them once).
//
// Format 1, all integers as varints (unsigned unless said), strings and
// byte strings as a length and the bytes:
//
//	0x01 flags
//	seen time, published time (when flagPublished)   -- what the story index reads
//	story ID, signature, URL (empty when flagURLIsKey) -- first, so that it can
//	key, feed URL, outlet, title, description, author  stop here (storyEntry)
//	text (absent when flagTextIsDescription)
//	quotes: count, then per quote text, speaker, cue, role, confidence (8 bytes)
//	topics: count, then each (written as 0: the topics an item matched
//	were recorded until nothing read them, and at 100k topics they
//	doubled the record; those of older records are read past)
//
// A time is its Unix seconds (signed), nanoseconds, and zone: 0 for an
// offset of zero (read back as UTC), else 1 + the offset east of UTC in
// seconds (zigzag), so that a stored time reads back as JSON's did: the
// same instant and offset, in time.Local where the offset is the local
// zone's at that instant.
const itemFormat1 = 0x01

const (
	flagRead = 1 << iota
	flagBaseline
	flagPublished         // Published is not the zero time
	flagTextIsDescription // Text equals Description: stored once
	flagURLIsKey          // URL is the record's key: not stored again
	flagSeenZero          // Seen is the zero time
)

var errItemRecord = errors.New("item record does not decode")

// appendItem appends the binary record of it. urlIsKey says that the
// record's key is it.URL itself, so the URL need not be stored again.
func appendItem(b []byte, it *tracker.Item, urlIsKey bool) []byte {
	var flags uint64
	if it.Read {
		flags |= flagRead
	}
	if it.Baseline {
		flags |= flagBaseline
	}
	if !it.Published.IsZero() {
		flags |= flagPublished
	}
	if it.Seen.IsZero() {
		flags |= flagSeenZero
	}
	textIsDesc := it.Text != "" && it.Text == it.Description
	if textIsDesc {
		flags |= flagTextIsDescription
	}
	if urlIsKey {
		flags |= flagURLIsKey
	}
	b = append(b, itemFormat1)
	b = binary.AppendUvarint(b, flags)
	if !it.Seen.IsZero() {
		b = appendTime(b, it.Seen)
	}
	if !it.Published.IsZero() {
		b = appendTime(b, it.Published)
	}
	b = appendString(b, it.StoryID)
	b = appendBytes(b, it.Sig)
	if urlIsKey {
		b = appendString(b, "")
	} else {
		b = appendString(b, it.URL)
	}
	for _, s := range [...]string{it.Key, it.FeedURL, it.Outlet, it.Title, it.Description, it.Author} {
		b = appendString(b, s)
	}
	if !textIsDesc {
		b = appendString(b, it.Text)
	}
	b = binary.AppendUvarint(b, uint64(len(it.Quotes)))
	for i := range it.Quotes {
		q := &it.Quotes[i]
		b = appendString(b, q.Text)
		b = appendString(b, q.Speaker)
		b = appendString(b, q.Cue)
		b = appendString(b, q.Role)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(q.Confidence))
	}
	return binary.AppendUvarint(b, 0) // topics
}

// itemSize is an upper bound of the length of it's record, so that one
// allocation holds it.
func itemSize(it *tracker.Item) int {
	n := 1 + 10 + 2*(10+5+10) + 10*9 + len(it.StoryID) + len(it.Sig) + len(it.URL) + len(it.Key) +
		len(it.FeedURL) + len(it.Outlet) + len(it.Title) + len(it.Description) + len(it.Author) + 20
	if it.Text != it.Description {
		n += len(it.Text) // else stored once (flagTextIsDescription)
	}
	for i := range it.Quotes {
		q := &it.Quotes[i]
		n += 4*10 + 8 + len(q.Text) + len(q.Speaker) + len(q.Cue) + len(q.Role)
	}
	return n
}

func appendTime(b []byte, t time.Time) []byte {
	b = binary.AppendVarint(b, t.Unix())
	b = binary.AppendUvarint(b, uint64(t.Nanosecond()))
	_, off := t.Zone()
	if off == 0 { // JSON wrote "Z": UTC
		return append(b, 0)
	}
	return binary.AppendUvarint(b, 1+zigzag(int64(off)))
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendBytes(b, s []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func zigzag(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// reader decodes a binary record; the first error sticks and every later
// read returns zero values.
type reader struct {
	b   []byte
	err bool
}

func (r *reader) uvarint() uint64 {
	if r.err {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	if r.err {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes() []byte {
	n := r.uvarint()
	if r.err || n > uint64(len(r.b)) {
		r.err = true
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) string() string {
	b := r.bytes()
	if len(b) == 0 {
		return ""
	}
	return string(b)
}

func (r *reader) time() time.Time {
	sec := r.varint()
	nsec := r.uvarint()
	zone := r.uvarint()
	if r.err || nsec >= 1e9 {
		r.err = true
		return time.Time{}
	}
	t := time.Unix(sec, int64(nsec))
	if zone == 0 {
		return t.UTC()
	}
	off := unzigzag(zone - 1)
	if off < -24*3600 || off > 24*3600 {
		r.err = true
		return time.Time{}
	}
	// As time.Parse does for an RFC 3339 offset: the local zone when it
	// has that offset at that instant, else a fixed zone.
	if _, local := t.Zone(); int64(local) == off {
		return t
	}
	return t.In(time.FixedZone("", int(off)))
}

// itemHead is the part of a record the story index needs.
type itemHead struct {
	flags     uint64
	seen      time.Time
	published time.Time
	storyID   string
	sig       []byte // aliases the record: valid only while it is
	url       string
}

// time is tracker.Item.Time of the record.
func (h *itemHead) time() time.Time {
	it := tracker.Item{Published: h.published, Seen: h.seen}
	return it.Time()
}

func readHead(r *reader, key []byte) (itemHead, bool) {
	var h itemHead
	if len(r.b) == 0 || r.b[0] != itemFormat1 {
		return h, false
	}
	r.b = r.b[1:]
	h.flags = r.uvarint()
	if h.flags&flagSeenZero == 0 {
		h.seen = r.time()
	}
	if h.flags&flagPublished != 0 {
		h.published = r.time()
	}
	h.storyID = r.string()
	h.sig = r.bytes()
	h.url = r.string()
	if h.flags&flagURLIsKey != 0 {
		h.url = string(key)
	}
	return h, !r.err
}

// decodeItem decodes an item record of either format. key is the
// record's key in its day bucket.
func decodeItem(key, v []byte) (tracker.Item, error) {
	var it tracker.Item
	if len(v) > 0 && v[0] == '{' {
		err := json.Unmarshal(v, &it)
		return it, err
	}
	r := reader{b: v}
	h, ok := readHead(&r, key)
	if !ok {
		return it, errItemRecord
	}
	it.Seen, it.Published, it.StoryID, it.URL = h.seen, h.published, h.storyID, h.url
	if len(h.sig) > 0 {
		it.Sig = append([]byte(nil), h.sig...)
	}
	it.Read = h.flags&flagRead != 0
	it.Baseline = h.flags&flagBaseline != 0
	it.Key = r.string()
	it.FeedURL = r.string()
	it.Outlet = r.string()
	it.Title = r.string()
	it.Description = r.string()
	it.Author = r.string()
	if h.flags&flagTextIsDescription != 0 {
		it.Text = it.Description
	} else {
		it.Text = r.string()
	}
	if n := r.uvarint(); n > 0 && n <= uint64(len(r.b)) {
		it.Quotes = make([]quote.Quote, n)
		for i := range it.Quotes {
			q := &it.Quotes[i]
			q.Text, q.Speaker, q.Cue, q.Role = r.string(), r.string(), r.string(), r.string()
			if len(r.b) < 8 {
				r.err = true
				break
			}
			q.Confidence = math.Float64frombits(binary.LittleEndian.Uint64(r.b))
			r.b = r.b[8:]
		}
	} else if n > 0 {
		r.err = true
	}
	if n := r.uvarint(); n > 0 && n <= uint64(len(r.b)) {
		for range n {
			r.bytes() // an older record's topics
		}
	} else if n > 0 {
		r.err = true
	}
	if r.err || len(r.b) != 0 {
		return tracker.Item{}, errItemRecord
	}
	return it, nil
}

// validItem reports whether an item record decodes (Salvage).
func validItem(key, v []byte) bool {
	_, err := decodeItem(key, v)
	return err == nil
}
