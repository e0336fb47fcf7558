package story

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"newshound/tracker/internal/corpustest"
)

const headlinesPath = corpustest.Dir + "/stsb-news-headlines/headlines.jsonl"

// TestCalibrationHeadlines measures "same story" detection on title-only
// signatures: gold ≥ 4 is the same story, gold ≤ 2 is not, 2 < gold < 4 is
// ignored. It prints precision/recall at several thresholds and fails if the
// chosen Threshold falls below the floors.
func TestCalibrationHeadlines(t *testing.T) {
	f, err := os.Open(headlinesPath)
	if err != nil {
		t.Skipf("corpus absent (%v); see /work/shared/corpus/stsb-news-headlines", err)
	}
	defer f.Close()
	type pair struct {
		Score     float64 `json:"score"`
		Sentence1 string  `json:"sentence1"`
		Sentence2 string  `json:"sentence2"`
	}
	var sims []float64
	var gold []bool
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p pair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		if p.Score > 2 && p.Score < 4 {
			continue
		}
		sims = append(sims, Similarity(Sign(p.Sentence1, ""), Sign(p.Sentence2, "")))
		gold = append(gold, p.Score >= 4)
	}
	pr := func(th float64) (p, r float64) {
		var tp, fp, fn float64
		for i, s := range sims {
			switch {
			case s >= th && gold[i]:
				tp++
			case s >= th:
				fp++
			case gold[i]:
				fn++
			}
		}
		return tp / (tp + fp), tp / (tp + fn)
	}
	for _, th := range []float64{0.3, 0.4, 0.5, 0.6, 0.7} {
		p, r := pr(th)
		t.Logf("threshold %.1f: precision %.3f recall %.3f (n=%d)", th, p, r, len(sims))
	}
	p, r := pr(Threshold)
	t.Logf("chosen threshold %.2f: precision %.3f recall %.3f", Threshold, p, r)
	if p < precisionFloor || r < recallFloor {
		t.Errorf("threshold %.2f: precision %.3f recall %.3f; want ≥ %.2f / ≥ %.2f", Threshold, p, r, precisionFloor, recallFloor)
	}
}

// Floors measured at Threshold 0.5: precision 0.884, recall 0.680.
const precisionFloor, recallFloor = 0.86, 0.65
