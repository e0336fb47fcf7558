package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"newshound/tracker/article"
	"newshound/tracker/fetch"
	"newshound/tracker/quote"
)

// maxSourceBytes bounds a page or text file extract reads.
const maxSourceBytes = 8 << 20

type extracted struct {
	Source    string        `json:"source"`
	Title     string        `json:"title"`
	Published string        `json:"published"`
	Text      string        `json:"text"`
	Quotes    []quote.Quote `json:"quotes"`
}

func runExtract(ctx context.Context, args []string, env environment) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	jsonOut := fs.Bool("json", false, "print one line of JSON per source")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: newshound extract [-json] SOURCE...\n\nExtracts the article and its quotes from each SOURCE: a URL, an .html file, or a .txt\nfile of plain article text; either file may be gzip-compressed (.html.gz, .txt.gz).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	client := fetch.New(fetch.Options{UserAgent: userAgent, AllowPrivate: true, MaxBytes: maxSourceBytes})
	failed := 0
	for _, src := range fs.Args() {
		out, err := extractSource(ctx, client, src)
		if err != nil {
			failed++
			fmt.Fprintf(env.stderr, "newshound extract: %s: %v\n", src, err)
			continue
		}
		if *jsonOut {
			b, err := json.Marshal(out)
			if err != nil {
				return err
			}
			fmt.Fprintf(env.stdout, "%s\n", b)
			continue
		}
		printExtracted(env.stdout, out)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d sources failed", failed, fs.NArg())
	}
	return nil
}

// extractSource reads one source: a URL is fetched, a .txt file is plain
// text, anything else is read as an HTML page; a gzip-compressed file
// (.html.gz, .txt.gz) is read as what it holds.
func extractSource(ctx context.Context, client *fetch.Client, src string) (extracted, error) {
	var a article.Article
	switch {
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		resp, err := client.Get(ctx, src, fetch.Validators{})
		if err != nil {
			return extracted{}, err
		}
		if a, err = article.Extract(resp.Body, resp.URL); err != nil {
			return extracted{}, err
		}
	default:
		data, err := readFileLimited(src, maxSourceBytes)
		if err != nil {
			return extracted{}, err
		}
		name := strings.ToLower(src)
		if isGzip(data) {
			if data, err = gunzip(data, maxSourceBytes); err != nil {
				return extracted{}, err
			}
			name = strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".gzip")
		}
		if strings.HasSuffix(name, ".txt") {
			if bytes.IndexByte(data, 0) >= 0 {
				return extracted{}, fmt.Errorf("not a text file (binary data)")
			}
			a = article.FromText(string(data))
		} else if a, err = article.Extract(data, ""); err != nil {
			return extracted{}, err
		}
	}
	out := extracted{Source: src, Title: a.Title, Text: a.Text, Quotes: quote.Extract(a.Text)}
	if out.Quotes == nil {
		out.Quotes = []quote.Quote{}
	}
	if !a.Published.IsZero() {
		out.Published = a.Published.UTC().Format(time.RFC3339)
	}
	return out, nil
}

func printExtracted(w io.Writer, e extracted) {
	fmt.Fprintf(w, "== %s\nTitle: %s\n", e.Source, e.Title)
	if e.Published != "" {
		fmt.Fprintf(w, "Published: %s\n", e.Published)
	}
	fmt.Fprintf(w, "\n%s\n\nQuotes (%d):\n", e.Text, len(e.Quotes))
	for i, q := range e.Quotes {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "(unattributed)"
		} else if q.Role != "" {
			speaker += ", " + q.Role
		}
		if q.Speaker != "" && !q.Confident() {
			speaker += " (unsure)"
		}
		fmt.Fprintf(w, "%2d. “%s”\n    — %s", i+1, q.Text, speaker)
		if q.Cue != "" {
			fmt.Fprintf(w, " [%s]", q.Cue)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}

// isGzip reports whether data starts with the gzip magic number.
func isGzip(data []byte) bool { return len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b }

// gunzip decompresses data, refusing more than limit bytes of output.
func gunzip(data []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a readable gzip file: %w", err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("not a readable gzip file: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("larger than %d MiB once decompressed", limit>>20)
	}
	return out, nil
}
