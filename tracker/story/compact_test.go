package story

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestCompactSignaturesOfUnrelatedItemsDiffer compares the compact
// signatures of unrelated items (random words, as the farm's feeds): their
// 8-bit MinHash values must match by chance only (1 in 256), so that no
// pair comes near the threshold and their index bands do not collide. The
// top bits of a minimum are mostly zero, so keeping those made unrelated
// items look alike.
func TestCompactSignaturesOfUnrelatedItemsDiffer(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%x", r.Uint32())
	}
	const n = 400
	slots := make([]slot, n)
	for i := range slots {
		slots[i] = compact(Sign(randomTitle(r, vocab, 8), randomTitle(r, vocab, 80)))
	}
	pairs, eq, near := 0, 0, 0
	bandKeys := map[uint32]int{}
	for i := range slots {
		for k := range bands {
			key, _ := nodeKey(&slots[i], k)
			bandKeys[key]++
		}
		for j := i + 1; j < n; j++ {
			pairs++
			for h := range numHashes {
				if slots[i].min[h] == slots[j].min[h] {
					eq++
				}
			}
			if similarity(&slots[i], &slots[j]) >= Threshold/2 {
				near++
			}
		}
	}
	rate := float64(eq) / float64(pairs*numHashes)
	t.Logf("unrelated pairs: MinHash values equal %.4f of the time (chance: %.4f); %d of %d pairs at similarity ≥ %.2f; %d distinct band keys of %d",
		rate, 1.0/256, near, pairs, Threshold/2, len(bandKeys), n*bands)
	if rate > 2.0/256 {
		t.Errorf("MinHash values of unrelated items equal %.4f of the time; want about 1/256", rate)
	}
	if near > 0 {
		t.Errorf("%d unrelated pairs at similarity ≥ %.2f; want none", near, Threshold/2)
	}
	if len(bandKeys) < n*bands*99/100 {
		t.Errorf("%d distinct band keys for %d bands of unrelated items; want nearly all distinct", len(bandKeys), n*bands)
	}
}
