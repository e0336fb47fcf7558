package quote

import "testing"

// Given names from many countries, which the English lists did not know
// ("Vivek", "Novak", "Olena"), now have the gender they usually have
// among US births (givennames/births.txt), so "he"/"she" can tell such a
// person from one named nearby. Failed before: "Vivek Ramaswamy spent the
// evening going after Nikki Haley. He described her as "..."" gave Ron
// Keller, a man named a paragraph earlier, at 0.81, shown; "As the
// audience booed Ramaswamy, she charged "..."" gave Ramaswamy.
//
// A gender known only from that list is a last resort, not a bar: "Union
// president Tawanda Moyo said ... "...," he said." is still Moyo
// ("Tawanda" is mostly a girl's name in the US, a man's in Zimbabwe).
func TestBirthsListGenders(t *testing.T) {
	runShownCases(t, []shownCase{
		{"unknown subject before he", "Ron Keller opened the debate with an attack on the president. Keller said the war had to end.\n\nVivek Ramaswamy spent much of the evening going after Nikki Haley.\n\nHe described her as \"a failed leader with no plan at all.\"",
			"Vivek Ramaswamy", false},
		{"she past a US man's name", "Nikki Haley and Vivek Ramaswamy clashed again on Wednesday, as Ron Keller looked on.\n\nAs the audience booed Ramaswamy, she charged \"you are just a disgrace to the party.\"",
			"Nikki Haley", false},
		{"he of the opponent", "Tennis star Jannik Sinner beat Novak Djokovic in the semi-final, and Daniel Evans watched from the stands.\n\nDjokovic was gracious afterwards. \"He was the better player today,\" he said.",
			"Novak Djokovic", false},
		// Must not fire: the list's gender does not bar a pronoun when
		// no one else fits, and the English lists still decide.
		{"last resort", "Union president Tawanda Moyo said the strike would continue until pay was restored.\n\n\"We will not back down,\" he said.",
			"Tawanda Moyo", true},
		{"English list first", "Sarah Jones thanked the volunteers. Sergio Marchetti then spoke about the budget.\n\n\"We cannot keep cutting,\" she said.",
			"Sarah Jones", true},
		{"one of each", "Emma Clarke chairs the committee. Yusuf Ahmed, its treasurer, presented the figures.\n\n\"The numbers do not add up,\" he said.",
			"Yusuf Ahmed", true},
	})
}
