package tracker

// DefaultCatalog is the built-in feed catalog: public RSS feeds of major
// English-language outlets (world, politics, business, technology), as their
// publishers list them. An operator replaces it with -feeds.
//
// Sources were checked (Nov 2026) with an offline search index: the
// publishers' own feed-listing pages were mostly not in it, so most groups
// cite third-party evidence (current code and feed snapshots using the URL).
var DefaultCatalog = []string{
	// BBC News: feed list at bbc.co.uk/news/10628494 (not indexed); same URLs in docs.rs bbc-news-cli src/feeds.rs.
	"https://feeds.bbci.co.uk/news/world/rss.xml",
	"https://feeds.bbci.co.uk/news/politics/rss.xml",
	"https://feeds.bbci.co.uk/news/business/rss.xml",
	"https://feeds.bbci.co.uk/news/technology/rss.xml",
	// The Guardian: every section serves <section>/rss; these four listed as working in ardenone/news-trading-ideas rss-discovery-group2.md (Oct 2025).
	"https://www.theguardian.com/world/rss",
	"https://www.theguardian.com/politics/rss",
	"https://www.theguardian.com/business/rss",
	"https://www.theguardian.com/technology/rss",
	// The New York Times: nytimes.com/rss (not indexed); Politics.xml self-link seen in a live copy dated May 2026; all four in TorrezMN/Milei_News global_rss.py.
	"https://rss.nytimes.com/services/xml/rss/nyt/World.xml",
	"https://rss.nytimes.com/services/xml/rss/nyt/Politics.xml",
	"https://rss.nytimes.com/services/xml/rss/nyt/Business.xml",
	"https://rss.nytimes.com/services/xml/rss/nyt/Technology.xml",
	// NPR: topic feeds at feeds.npr.org/<topic-id>/rss.xml (1004 World, 1014 Politics), per several 2025 news-agent repos.
	"https://feeds.npr.org/1004/rss.xml",
	"https://feeds.npr.org/1014/rss.xml",
	// Al Jazeera English: all-news feed, used in many current aggregators (e.g. cobacious/neus, Saumya1404/News-Scraper).
	"https://www.aljazeera.com/xml/rss/all.xml",
	// The Wall Street Journal: official list at wsj.com/news/rss-news-and-feeds; feeds now served from feeds.content.dowjones.io
	// (old feeds.a.dj.com World feed reported empty, DIYgod/RSSHub#11900; URL fix in tidbyt/community#2943, 2025).
	"https://feeds.content.dowjones.io/public/rss/RSSWorldNews",
	"https://feeds.content.dowjones.io/public/rss/WSJcomUSBusiness",
	// The Washington Post: feed list at washingtonpost.com/discussions/2018/10/12/washington-post-rss-feeds/ (cited in NetNewsWire#3305).
	"https://feeds.washingtonpost.com/rss/world",
	"https://feeds.washingtonpost.com/rss/politics",
	// CNBC: cnbc.com/rss-feeds (not indexed); id 100727362 = World News, 10001147 = Business (feed snapshots in rumca-js/RSS-Link-Database-2023).
	"https://www.cnbc.com/id/100727362/device/rss/rss.html",
	"https://www.cnbc.com/id/10001147/device/rss/rss.html",
	// Deutsche Welle: DW English "all" feed, listed in acopelan/newsprint docs/RSS_SOURCES.md.
	"https://rss.dw.com/rdf/rss-en-all",
	// France 24: English top feed, used by current news agents (France 24 RSS agent, 2025).
	"https://www.france24.com/en/rss",
	// Sky News: feeds.skynews.com/feeds/rss/<section>.xml (cappuch/uplink-mcp-hackathon utils/feeds.py).
	"https://feeds.skynews.com/feeds/rss/world.xml",
	// CBS News: cbsnews.com/latest/rss/<section> (cappuch/uplink-mcp-hackathon utils/feeds.py).
	"https://www.cbsnews.com/latest/rss/world",
	// ABC News (US)
	// unverified: only one third-party use found (wybiral/stream-sources sources/abc/world.py); ABC's feed page not indexed.
	"https://abcnews.go.com/abcnews/internationalheadlines",
	// Politico: politico.com/rss (not indexed); URL used in 2025 code (clawler Politico source); may 403 some bots.
	"https://rss.politico.com/politics-news.xml",
	// UN News: "Top Stories" feed, listed in rsdoiel/antenna planet.md.
	"https://news.un.org/feed/subscribe/en/news/all/rss.xml",
	// The Independent: section feed <section>/rss, widely used in current aggregators.
	"https://www.independent.co.uk/news/world/rss",
	// Los Angeles Times: World & Nation section feed (section moved to /world-nation/), widely used in current code.
	"https://www.latimes.com/world-nation/rss2.0.xml",
	// Ars Technica: arstechnica.com/rss-feeds/ lists the "index" (all content) feed.
	"https://feeds.arstechnica.com/arstechnica/index",
	// The Verge: all-posts feed (ardenone/news-trading-ideas rss-discovery-group2.md, Oct 2025).
	"https://www.theverge.com/rss/index.xml",
	// TechCrunch: site feed, widely used in current code.
	"https://techcrunch.com/feed/",
}
