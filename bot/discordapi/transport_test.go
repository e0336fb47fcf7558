package discordapi_test

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"newshound/bot/discordapi"
)

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestTransportRefusesOtherHosts(t *testing.T) {
	called := false
	next := roundTripFunc(func(*http.Request) (*http.Response, error) {
		called = true
		return nil, errors.New("next must not be called")
	})
	for _, base := range []string{"", "https://discord.com", "http://127.0.0.1:1"} {
		rt, err := discordapi.Transport(base, next)
		if err != nil {
			t.Fatalf("Transport(%q): %v", base, err)
		}
		for _, u := range []string{
			"https://cdn.discordapp.com/x.png",
			"https://example.com/",
			"https://discord.com.evil.example/api/v9/users/@me",
			"https://discord.com:8443/api/v9/users/@me",
			"http://127.0.0.1:1/api/v9/users/@me",
		} {
			req, _ := http.NewRequest("GET", u, strings.NewReader("body"))
			_, err := rt.RoundTrip(req)
			var he *discordapi.HostError
			if !errors.As(err, &he) {
				t.Errorf("base %q: GET %s: %v; want HostError", base, u, err)
			}
		}
	}
	if called {
		t.Error("a refused request reached the next transport")
	}
}

func TestTransportRewritesDiscordToBase(t *testing.T) {
	var gotPath, gotHost string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPath, gotHost = r.URL.RequestURI(), r.Host
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	rt, err := discordapi.Transport(srv.URL+"/prefix/", tr)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", "https://discord.com/api/v9/users/@me?x=1", nil)
	resp, err := rt.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if want := "/prefix/api/v9/users/@me?x=1"; gotPath != want {
		t.Errorf("path = %q; want %q", gotPath, want)
	}
	if want := strings.TrimPrefix(srv.URL, "http://"); gotHost != want {
		t.Errorf("host = %q; want %q", gotHost, want)
	}
	if req.URL.Host != "discord.com" {
		t.Errorf("caller's request modified: host %q", req.URL.Host)
	}
}

func TestTransportPassesDiscordThrough(t *testing.T) {
	var got string
	next := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		got = r.URL.String()
		return &http.Response{StatusCode: 200, Body: http.NoBody, Request: r}, nil
	})
	rt, err := discordapi.Transport("", next)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", "https://discord.com/api/v9/gateway", nil)
	if _, err := rt.RoundTrip(req); err != nil {
		t.Fatal(err)
	}
	if got != "https://discord.com/api/v9/gateway" {
		t.Errorf("forwarded %q; want the discord.com URL unchanged", got)
	}
}

func TestTransportRejectsBadBase(t *testing.T) {
	for _, base := range []string{"127.0.0.1:80", "ftp://127.0.0.1", "http://", "http://u:p@127.0.0.1", "http://127.0.0.1/?q=1"} {
		if _, err := discordapi.Transport(base, nil); err == nil {
			t.Errorf("Transport(%q) succeeded; want an error", base)
		}
	}
}
