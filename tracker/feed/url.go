package feed

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that identify a campaign or a click,
// never the resource; CanonicalURL drops them (and any utm_* parameter).
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gclsrc": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "ref_src": true, "ref_url": true, "cmpid": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "ocid": true, "twclid": true, "wt.mc_id": true,
	"at_medium": true, "at_campaign": true, "spm": true, "oly_enc_id": true, "oly_anon_id": true,
	"vero_id": true, "__twitter_impression": true, "_ga": true, "ncid": true, "sr_share": true,
}

// CanonicalURL normalises an http(s) URL so that the same article reached
// through different links compares equal: scheme and host lower-cased,
// default port dropped, empty path made "/", fragment dropped, tracking
// parameters removed and the remaining query parameters sorted by name
// (stable, so repeated names keep their order). Path case and escaping are
// kept: servers may treat them as significant.
func CanonicalURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("canonical url: %w", err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("canonical url %q: not an http(s) URL", raw)
	}
	if u.Host == "" {
		return "", errors.New("canonical url: missing host")
	}
	host := strings.ToLower(u.Host)
	if u.Scheme == "http" {
		host = strings.TrimSuffix(host, ":80")
	} else {
		host = strings.TrimSuffix(host, ":443")
	}
	u.Host = strings.TrimSuffix(host, ":")
	if u.Hostname() == "" {
		return "", errors.New("canonical url: missing host")
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" && u.RawPath == "" && u.Opaque == "" {
		u.Path = "/"
	}
	u.ForceQuery = false
	if u.RawQuery != "" {
		u.RawQuery = cleanQuery(u.RawQuery)
	}
	return u.String(), nil
}

func cleanQuery(q string) string {
	type param struct{ key, raw string }
	var kept []param
	for part := range strings.SplitSeq(q, "&") {
		if part == "" {
			continue
		}
		part = escapeQueryPart(part)
		k, _, _ := strings.Cut(part, "=")
		if dk, err := url.QueryUnescape(k); err == nil {
			k = dk
		}
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		kept = append(kept, param{k, part})
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].key < kept[j].key })
	var b strings.Builder
	for i, p := range kept {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.raw)
	}
	return b.String()
}

// escapeQueryPart percent-encodes spaces, controls and non-ASCII bytes so
// the canonical form survives trimming and re-parsing unchanged.
func escapeQueryPart(p string) string {
	const hex = "0123456789ABCDEF"
	n := 0
	for i := 0; i < len(p); i++ {
		if p[i] <= ' ' || p[i] >= 0x7f {
			n++
		}
	}
	if n == 0 {
		return p
	}
	b := make([]byte, 0, len(p)+2*n)
	for i := 0; i < len(p); i++ {
		if c := p[i]; c <= ' ' || c >= 0x7f {
			b = append(b, '%', hex[c>>4], hex[c&15])
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}
