package quote

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// benchParagraphs is hand-written news prose with the quotation patterns
// Extract handles, used for benchmarks, fuzz seeds and large inputs.
func benchParagraphs() []string {
	return []string{
		`Afghanistan's Taliban government on Monday rejected calls from Washington to hand back the Bagram air base. "We want it back, and we want it back right away," U.S. President Donald Trump said on Saturday, adding that "bad things" would happen otherwise.`,
		`Zabihullah Mujahid, the Taliban's chief spokesman, said in a post on X that the country's independence was "of the utmost importance" and that Kabul had urged a policy of "realism and rationality."`,
		`"Afghans have never accepted foreign military presence in their country, and they will not accept it now," the spokesman said. "Our position has been clear for four years."`,
		`Analysts in Kabul were divided. Farid Rahimi, a political scientist at Kabul University, told Reuters the statement was aimed at a domestic audience. "The leadership cannot be seen to bend to pressure from Washington," he said. "But they also want recognition, and money."`,
		`The so-called "moderates" within the movement have pushed for talks, according to two officials who spoke on condition of anonymity. One of them said: "Nobody in Kandahar wants a new war, but nobody wants to look weak either.`,
		`"There is a real risk that this escalates into something neither side wants," the official added.`,
		`Mr. Trump's comments came during a rally in Ohio, where he told supporters the base had been "given away for nothing." White House press secretary Karoline Leavitt later told reporters: "The president means exactly what he says."`,
		`Earlier this year, Foreign Minister Amir Khan Muttaqi said that Afghanistan sought "balanced relations with all countries," including the United States. He added that his government would not allow its territory to be used against any other nation.`,
		`"We have lost everything," said Gul Ahmad, a shopkeeper in Parwan province, near the base. "When the Americans were here there was work. Now there is nothing. My sons have gone to Iran to look for jobs."`,
		`The United Nations mission in Afghanistan said in a statement that humanitarian needs remained "staggering," with more than 20 million people requiring assistance this winter. "Funding has fallen by half," according to Roza Otunbayeva, the head of the mission.`,
	}
}

func BenchmarkExtract(b *testing.B) {
	paras := benchParagraphs()
	var sb strings.Builder
	words := 0
	for words < 10000 {
		for _, p := range paras {
			sb.WriteString(p)
			sb.WriteString("\n\n")
			words += len(strings.Fields(p))
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6*10000/float64(words), "ms/10kwords")
}

// denseQuotes is a page of about n short quotations in the shapes that
// once made Extract superlinear on quotation-dense input: a first
// paragraph of ""...," he said." sentences (each pronoun walked to the
// paragraph's end), a paragraph of quoted lines in one sentence (each
// walked back to the sentence's start), and lines naming their speakers,
// whose cues a later pass read again (each moved past every later one).
func denseQuotes(n int) string {
	var b strings.Builder
	for i := 0; i < n/3; i++ {
		fmt.Fprintf(&b, "\"Line %d is here,\" he said. ", i)
	}
	b.WriteString("\n\n")
	for i := 0; i < n/3; i++ {
		fmt.Fprintf(&b, "\"Line %d of the page.\" ", i)
	}
	b.WriteString("\n\n")
	for i := 0; i < n/3; i++ {
		fmt.Fprintf(&b, "Ann Reed%d said: \"Short line number %d here.\"\n\n", i, i)
	}
	return b.String()
}

// BenchmarkExtractDense extracts denseQuotes pages of 2,000 and 16,000
// quotations and reports the CPU time per quotation of the larger over
// the smaller: about 1 when Extract is linear. (Four runs of 10 on the
// loaded 2-core VM: 0.7 to 1.1 once the three walks were made linear, 4.6
// µs a quotation of the larger page; 1.8 to 2.4 before, 11 µs.)
func BenchmarkExtractDense(b *testing.B) {
	small, large := denseQuotes(2000), denseQuotes(16000)
	var ts, tl time.Duration
	for b.Loop() {
		t0 := cpuTime()
		Extract(small)
		t1 := cpuTime()
		Extract(large)
		ts, tl = ts+t1-t0, tl+cpuTime()-t1
	}
	b.ReportMetric(float64(tl)/float64(ts)/8, "per-quote-16k/2k")
	b.ReportMetric(float64(tl.Microseconds())/float64(b.N)/16000, "µs/quote-16k")
}
