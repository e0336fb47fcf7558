package query

import (
	"math/rand/v2"
	"strings"
)

// corpus generates realistic-looking topics and news texts for tests and
// benchmarks: a vocabulary of invented words and names, texts that mix common
// English with vocabulary words drawn by a Zipf law (a few names dominate the
// news), and topics of one to three vocabulary words with some phrases, ORs
// and exclusions.
type corpus struct {
	r     *rand.Rand
	vocab []string
	zipf  *rand.Zipf
}

var commonWords = strings.Fields(`the a of to in and on for with at by from is was
were be has have had he she they it its this that as not but said says
new will would can could after over more than also about up out who
when which all one two year people government president state first
last world told time day week officials police minister report million`)

func newCorpus(seed uint64, vocabSize int) *corpus {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	syll := strings.Fields("ka bu ra gram ta li ban mo sul al ep po do nes ki ev ze len sky ha mas ri yad ber lin ma dr id qu ito pe tro ne ur va")
	seen := map[string]bool{}
	var vocab []string
	for len(vocab) < vocabSize {
		var b strings.Builder
		for n := 2 + r.IntN(3); n > 0; n-- {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		w := b.String()
		if !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	return &corpus{r: r, vocab: vocab, zipf: rand.NewZipf(r, 1.1, 2, uint64(vocabSize-1))}
}

func (c *corpus) word() string { return c.vocab[c.r.IntN(len(c.vocab))] }

// topic returns a random valid query string.
func (c *corpus) topic() string {
	var parts []string
	for n := 1 + c.r.IntN(3); n > 0; n-- {
		switch p := c.r.IntN(100); {
		case p < 10:
			parts = append(parts, `"`+c.word()+" "+c.word()+`"`)
		case p < 20:
			parts = append(parts, c.word()+" OR "+c.word())
		default:
			parts = append(parts, c.word())
		}
	}
	if c.r.IntN(100) < 5 {
		parts = append(parts, "-"+c.word())
	}
	return strings.Join(parts, " ")
}

// text returns about n bytes of news-like text in which pct percent of the
// words come from the vocabulary.
func (c *corpus) text(n, pct int) string {
	var b strings.Builder
	for b.Len() < n {
		if c.r.IntN(100) >= pct {
			b.WriteString(commonWords[c.r.IntN(len(commonWords))])
		} else {
			w := c.vocab[c.zipf.Uint64()]
			if c.r.IntN(3) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			if c.r.IntN(10) == 0 {
				w += "'s"
			}
			b.WriteString(w)
		}
		if c.r.IntN(12) == 0 {
			b.WriteString(".")
		}
		b.WriteByte(' ')
	}
	return b.String()
}
