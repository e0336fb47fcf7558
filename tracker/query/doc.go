// Package query parses, normalises and matches Newshound topic queries, and
// indexes many of them for fast matching against incoming news items.
//
// # The query language
//
// A query is a sequence of parts separated by spaces; a document matches when
// it satisfies every part (implicit AND). A part is one of:
//
//	word         the word must occur: bagram
//	"a phrase"   the words must occur consecutively: "bagram air base"
//	x OR y       either must occur; OR must be upper case (or is a word)
//	x AND y      both must occur, as with a space; AND must be upper case
//	             (and is a word), so "bagram AND kabul" is "bagram kabul"
//	-word        the word must not occur: -rumour; also -"a phrase", -(group)
//	( ... )      a group, itself a sequence of parts (AND inside)
//
// Precedence, tightest first: exclusion "-", then OR, then implicit AND
// (as in Google). So
//
//	a b OR c      means  a AND (b OR c)
//	a OR b c      means  (a OR b) AND c
//	(a b) OR c    needs the parentheses to mean what it says
//	-a OR b       is an error: an OR alternative cannot be an exclusion
//
// Curly quotes (“ ” „) count as quotes. Every query, group and exclusion
// must look for something: "-rumour" alone, "a OR -b" and "-(-a)" are
// rejected. Queries are limited to MaxRunes characters and MaxTerms words
// and phrases. Errors are *Error, with a 0-based character position in Pos; their
// messages count from 1, as people do.
//
// # Matching
//
// Query and text are split into tokens the same way: a token is a run of
// letters, digits and combining marks, so "bagram" does not match "bagramx"
// or "abagram". Matching ignores case and diacritics (Bogotá = bogota,
// Straße = strasse), drops possessives (Bagram's, Bagram’s, Jesus' = bagram,
// jesus) and reduces simple English plurals (bases = base, cities = city,
// boxes = box; words of three letters or fewer, and words such as news, bus,
// this, status and Hamas are left alone).
//
// A word holding punctuation splits into several tokens and is matched as
// a phrase: COVID-19 matches "covid 19", "Covid-19" and "COVID 19"; U.S.
// matches "U.S." and "U S" but not "US". Scripts written without spaces
// (Chinese, Japanese, Thai) are not segmented: a run of such characters is
// one token.
//
// # Canonical form
//
// Parse returns queries in canonical form (Query.String): lower-case,
// diacritics and possessives removed, single spaces, AND parts sorted with
// exclusions last, OR alternatives sorted, duplicates removed, and
// parentheses only where needed. "  Bagram base" and "base bagram" are the
// same topic; Parse(q.String()) returns a query with the same String.
// Plurals are kept as typed (bases and base are different topics that
// match the same documents).
//
// # Index
//
// An Index holds many queries and finds those that match a document without
// trying each one: every query is filed under anchor tokens, at least one
// of which any matching document must contain (the rarest word of
// one required part, first guessed, then counted in the documents matched;
// for an OR, every alternative's anchors). Only queries filed under one of
// the document's tokens are checked, most of them by the two or three words
// their posting names, without running the query.
package query
