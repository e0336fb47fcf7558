package quote

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Wire-style articles written for this package: testdata/wire (13
// articles, tuned on); testdata/heldout (3, written after tuning on wire,
// never tuned on); testdata/heldout2 (3, written next: first scored F1
// 1.000, speaker 16/22 = 0.727, then its failures were fixed with general
// rules, so it is no longer held out); testdata/heldout3 (3, never tuned
// on); testdata/heldout4 (8 longer multi-speaker articles written in a third
// round: first scored F1 0.963, speaker 53/65 = 0.815, then fixed with
// general rules, so no longer held out); testdata/heldout5 (4, written after
// those fixes: first scored F1 0.983, speaker 27/29 = 0.931 untuned; its two
// speaker errors then led to two more general rules); testdata/probe (9
// quick probe articles written after heldout5, scored informally before
// gold was written: 3 of 62 quotes wrong, all fixed with general rules;
// the last two, p10 and p11, were right first time).
// Each NAME.txt has a NAME.gold: one line per direct quotation, in order,
// "speaker<TAB>quote text", the text exactly as it appears between the
// marks (one line per paragraph of a multi-paragraph quotation) and the
// speaker as the fullest name the article gives, or empty when the article
// does not name who spoke. Organisations that speak are given by their
// name without the article ("the Pentagon said" gives "Pentagon"); an
// unnamed one ("the ministry said") gives "".
//
// Scoring is as in TestQuality: a gold quote is found when at least half of
// it is covered by predicted quotes; a predicted quote is correct when at
// least half of it lies in gold quotes. Speaker accuracy is over found gold
// quotes, comparing (normalised, exactly) with the predicted quote
// overlapping it most; "" must be predicted as "".
const (
	floorWireF1      = 0.98 // reached 0.994
	floorWireSpeaker = 0.97 // reached 1.000
	floorHeldF1      = 0.95 // reached 1.000 on each held-out set
	floorHeldSpeaker = 0.90 // reached 1.000, 0.955, 1.000
	floorH4F1        = 0.98 // reached 1.000 (0.963 before the third round)
	floorH4Speaker   = 0.97 // reached 1.000 (0.815 before the third round)
	floorH5F1        = 0.97 // reached 0.983 (the two-word "fantasy arithmetic" is missed)
	floorH5Speaker   = 0.96 // reached 1.000 (0.931 untuned)
)

type wireScore struct {
	gold, found, pred, correct, spk, spkOK int
}

func (s wireScore) f1() (p, r, f float64) {
	p, r = ratio(s.correct, s.pred), ratio(s.found, s.gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func scoreDir(t *testing.T, dir string) wireScore {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatalf("no articles in testdata/%s", dir)
	}
	var s wireScore
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		name := filepath.Base(fn)
		gf, err := os.Open(strings.TrimSuffix(fn, ".txt") + ".gold")
		if err != nil {
			t.Fatal(err)
		}
		type g struct {
			s, e    int
			speaker string
		}
		var gs []g
		from := 0
		sc := bufio.NewScanner(gf)
		for sc.Scan() {
			line := sc.Text()
			if strings.TrimSpace(line) == "" {
				continue
			}
			spk, q, ok := strings.Cut(line, "\t")
			if !ok {
				t.Fatalf("%s: bad gold line %q", name, line)
			}
			i := strings.Index(text[from:], q)
			if i < 0 {
				t.Fatalf("%s: gold quote not in text: %q", name, q)
			}
			gs = append(gs, g{from + i, from + i + len(q), spk})
			from += i + len(q)
		}
		gf.Close()
		qs := Extract(text)
		for _, x := range gs {
			s.gold++
			cov, best, bestOv := 0, -1, 0
			for i, p := range qs {
				ov := overlap(x.s, x.e, p.Start, p.End)
				cov += ov
				if ov > bestOv {
					best, bestOv = i, ov
				}
			}
			if 2*cov < x.e-x.s {
				t.Logf("%s MISSED %q", name, clip(text[x.s:x.e]))
				continue
			}
			s.found++
			s.spk++
			got := qs[best].Speaker
			if strings.Join(normName(got), " ") == strings.Join(normName(x.speaker), " ") {
				s.spkOK++
			} else {
				t.Logf("%s SPEAKER got %q want %q (cue %q): %q", name, got, x.speaker, qs[best].Cue, clip(qs[best].Text))
			}
		}
		for _, p := range qs {
			s.pred++
			in := 0
			for _, x := range gs {
				in += overlap(x.s, x.e, p.Start, p.End)
			}
			if 2*in >= p.End-p.Start {
				s.correct++
			} else {
				t.Logf("%s FALSE %q (speaker %q)", name, clip(p.Text), p.Speaker)
			}
		}
	}
	p, r, f := s.f1()
	t.Logf("%s: %d articles; quotes gold %d found %d predicted %d correct %d; P %.3f R %.3f F1 %.3f; speaker %d/%d = %.3f",
		dir, len(files), s.gold, s.found, s.pred, s.correct, p, r, f, s.spkOK, s.spk, ratio(s.spkOK, s.spk))
	return s
}

func TestWireQuality(t *testing.T) {
	for _, c := range []struct {
		dir       string
		f1, speak float64
	}{{"wire", floorWireF1, floorWireSpeaker}, {"heldout", floorHeldF1, floorHeldSpeaker}, {"heldout2", floorHeldF1, floorHeldSpeaker}, {"heldout3", floorHeldF1, floorHeldSpeaker}, {"heldout4", floorH4F1, floorH4Speaker}, {"heldout5", floorH5F1, floorH5Speaker}, {"probe", floorH4F1, floorH4Speaker}} {
		if _, err := os.Stat(filepath.Join("testdata", c.dir)); err != nil {
			continue
		}
		s := scoreDir(t, c.dir)
		if _, _, f := s.f1(); f < c.f1 {
			t.Errorf("%s: quote F1 = %.3f; want >= %.2f", c.dir, f, c.f1)
		}
		if a := ratio(s.spkOK, s.spk); a < c.speak {
			t.Errorf("%s: speaker accuracy = %.3f; want >= %.2f", c.dir, a, c.speak)
		}
	}
}
