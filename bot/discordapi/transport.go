package discordapi

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// DiscordHost is the only host discordgo's REST calls go to. The gateway URL
// is obtained from GET /api/v9/gateway and dialled by the websocket dialer,
// which does not use this transport.
const DiscordHost = "discord.com"

// Transport returns an http.RoundTripper that sends requests for
// discord.com to base and refuses requests for every other host.
//
// base is a URL such as "http://127.0.0.1:8080" (the value of
// DISCORD_API_BASE). Its scheme and host replace those of the request; a
// path in base, if any, is prepended to the request path. An empty base, or
// "https://discord.com", passes discord.com requests through unchanged: in
// production the transport is then only a safety net against talking to any
// other host. next carries the rewritten request; nil means
// http.DefaultTransport.
func Transport(base string, next http.RoundTripper) (http.RoundTripper, error) {
	if next == nil {
		next = http.DefaultTransport
	}
	t := &transport{next: next}
	if base == "" {
		return t, nil
	}
	u, err := url.Parse(base)
	if err != nil {
		return nil, fmt.Errorf("discord api base %q: %w", base, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("discord api base %q: want http(s)://host[:port]", base)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("discord api base %q: must not carry user info, query or fragment", base)
	}
	if u.Scheme == "https" && u.Host == DiscordHost && strings.Trim(u.Path, "/") == "" {
		return t, nil
	}
	t.base = u
	t.prefix = strings.TrimRight(u.Path, "/")
	return t, nil
}

type transport struct {
	next   http.RoundTripper
	base   *url.URL // nil: pass discord.com through
	prefix string
}

// HostError is returned for a request to a host other than discord.com.
type HostError struct{ Host string }

func (e *HostError) Error() string {
	return fmt.Sprintf("discordapi: refusing request to host %q (only %s is allowed)", e.Host, DiscordHost)
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Hostname() != DiscordHost || req.URL.Port() != "" && req.URL.Port() != "443" {
		if req.Body != nil {
			req.Body.Close() // a RoundTripper must close the body, even on error
		}
		return nil, &HostError{Host: req.URL.Host}
	}
	if t.base == nil {
		return t.next.RoundTrip(req)
	}
	// A RoundTripper must not modify the caller's request.
	r := req.Clone(req.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.Host = t.base.Host
	if t.prefix != "" {
		r.URL.Path = t.prefix + r.URL.Path
		if r.URL.RawPath != "" {
			r.URL.RawPath = t.prefix + r.URL.RawPath
		}
	}
	return t.next.RoundTrip(r)
}
