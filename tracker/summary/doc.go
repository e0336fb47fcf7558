// Package summary turns stories (groups of articles about one event) into a
// ranked digest: for each story a headline, the outlets that carried it, 1-3
// sentences taken verbatim from the coverage and up to three key quotes with
// their speakers.
//
// Rules: stories rank by coverage (distinct outlets) times recency;
// sentences are chosen for centrality to the story's articles with a lead
// bias and never repeat each other or a chosen quote; quotes carried by
// several outlets, with a named speaker and mentioning the topic, come
// first. Every sentence and quote text is verbatim from one source, and
// every ordering is deterministic.
package summary
