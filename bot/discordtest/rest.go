package discordtest

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

const apiPrefix = "/api/v9" // discordgo.APIVersion

// failure is an injected error, see FailNext.
type failure struct {
	method, pattern string
	status, left    int
	body            string
}

// FailNext makes the next n requests whose method and path (without the
// /api/v9 prefix) match answer status instead of being served. pattern is
// a path.Match pattern: "/channels/*/messages". An empty body means
// Discord's usual one for status:
//
//	429: {"message":"You are being rate limited.","retry_after":0.05,"global":false}
//	403: code 50001 Missing Access
//	404: code 10003 Unknown Channel
//	5xx: {"message":"500: Internal Server Error","code":0}
//
// discordgo retries 429s (after retry_after) and 502s by itself, so keep n
// small. Build other bodies with ErrorBody.
func (s *Server) FailNext(method, pattern string, status, n int, body ...string) {
	if _, err := path.Match(pattern, "/"); err != nil {
		s.t.Fatalf("discordtest: FailNext pattern %q: %v", pattern, err)
	}
	b := strings.Join(body, "")
	if b == "" {
		switch {
		case status == http.StatusTooManyRequests:
			b = `{"message":"You are being rate limited.","retry_after":0.05,"global":false}`
		case status == http.StatusForbidden:
			b = ErrorBody(50001, "Missing Access")
		case status == http.StatusNotFound:
			b = ErrorBody(10003, "Unknown Channel")
		case status >= 500:
			b = fmt.Sprintf(`{"message":"%d: %s","code":0}`, status, http.StatusText(status))
		default:
			b = ErrorBody(0, http.StatusText(status))
		}
	}
	s.mu.Lock()
	s.failures = append(s.failures, &failure{method: method, pattern: pattern, status: status, left: n, body: b})
	s.mu.Unlock()
}

// ErrorBody is Discord's JSON error body.
func ErrorBody(code int, message string) string {
	b, _ := json.Marshal(map[string]any{"code": code, "message": message})
	return string(b)
}

func (s *Server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gateway", s.serveGateway)
	mux.HandleFunc("GET /gateway/{$}", s.serveGateway) // discordgo adds a slash
	api := http.NewServeMux()
	route := func(pattern string, h func(w http.ResponseWriter, r *http.Request)) {
		method, p, _ := strings.Cut(pattern, " ")
		api.HandleFunc(method+" "+apiPrefix+p, h)
	}
	route("GET /gateway", s.getGateway)
	route("GET /gateway/bot", s.getGateway)
	route("GET /users/@me", s.getMe)
	route("GET /applications/{app}/commands", s.getCommands)
	route("GET /applications/{app}/guilds/{guild}/commands", s.getCommands)
	route("PUT /applications/{app}/commands", s.putCommands)
	route("PUT /applications/{app}/guilds/{guild}/commands", s.putCommands)
	route("POST /interactions/{id}/{token}/callback", s.callback)
	route("GET /webhooks/{app}/{token}/messages/{msg}", s.getWebhookMessage)
	route("PATCH /webhooks/{app}/{token}/messages/{msg}", s.editWebhookMessage)
	route("DELETE /webhooks/{app}/{token}/messages/{msg}", s.deleteWebhookMessage)
	route("POST /webhooks/{app}/{token}", s.followup)
	route("GET /channels/{channel}", s.getChannel)
	route("POST /channels/{channel}/messages", s.createMessage)
	route("GET /channels/{channel}/messages/{msg}", s.getMessage)
	route("PATCH /channels/{channel}/messages/{msg}", s.editMessage)
	route("DELETE /channels/{channel}/messages/{msg}", s.deleteMessage)
	api.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.recordUnknown(r.Method + " " + strings.TrimPrefix(r.URL.Path, apiPrefix))
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
	})
	mux.Handle("/", s.recordRequests(api))
	return mux
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// recordRequests adds rate-limit headers, applies injected failures and
// records every request with its status.
func (s *Server) recordRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := strings.TrimPrefix(r.URL.Path, apiPrefix)
		h := w.Header()
		h.Set("X-RateLimit-Limit", "50")
		h.Set("X-RateLimit-Remaining", "49")
		h.Set("X-RateLimit-Reset-After", "0.001")
		h.Set("X-RateLimit-Bucket", "fake-"+r.Method+p)
		sw := &statusWriter{ResponseWriter: w}
		if f := s.takeFailure(r.Method, p); f != nil {
			io.Copy(io.Discard, r.Body)
			h.Set("Content-Type", "application/json")
			sw.WriteHeader(f.status)
			io.WriteString(sw, f.body)
		} else {
			next.ServeHTTP(sw, r)
		}
		s.mu.Lock()
		s.st.Requests = append(s.st.Requests, Request{Method: r.Method, Path: p, Status: sw.status})
		s.notify()
		s.mu.Unlock()
	})
}

func (s *Server) takeFailure(method, p string) *failure {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.failures {
		if ok, _ := path.Match(f.pattern, p); !ok || !strings.EqualFold(f.method, method) {
			continue
		}
		f.left--
		if f.left <= 0 {
			s.failures = append(s.failures[:i], s.failures[i+1:]...)
		}
		return f
	}
	return nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	writeBody(w, status, b, err)
}

// writeBody answers with JSON marshalled earlier (under the server's lock,
// say), or with a 500 if marshalling failed.
func writeBody(w http.ResponseWriter, status int, b []byte, err error) {
	if err != nil {
		writeError(w, http.StatusInternalServerError, 0, "discordtest: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(b)
}

func writeError(w http.ResponseWriter, status, code int, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	io.WriteString(w, ErrorBody(code, message))
}

// readPayload returns the JSON body of a request, from a JSON body or the
// payload_json part of a multipart one, and the number of files[n] parts.
func readPayload(r *http.Request) (json.RawMessage, int, error) {
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		b, err := io.ReadAll(io.LimitReader(r.Body, 8<<20))
		return b, 0, err
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	var payload []byte
	files := 0
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		switch name := part.FormName(); {
		case name == "payload_json":
			if payload, err = io.ReadAll(part); err != nil {
				return nil, 0, err
			}
		case strings.HasPrefix(name, "file"): // files[n]
			files++
		}
		part.Close()
	}
	return payload, files, nil
}

// decodeMessage decodes a message payload into a Payload with its raw JSON
// and file count; on failure it has answered 400.
func decodeMessage(w http.ResponseWriter, r *http.Request) (Payload, bool) {
	var p Payload
	raw, files, ok := decodePayload(w, r, &p)
	p.Raw, p.Files = raw, files
	return p, ok
}

// decodePayload decodes r's message payload. On failure it answers 400
// code 50035 and returns false.
func decodePayload(w http.ResponseWriter, r *http.Request, into any) (json.RawMessage, int, bool) {
	raw, files, err := readPayload(r)
	if err == nil && len(raw) > 0 {
		err = json.Unmarshal(raw, into)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
		return nil, 0, false
	}
	return raw, files, true
}

// validMessage checks Discord's limits on a message; on failure it answers
// 400 and returns false.
func validMessage(w http.ResponseWriter, p *Payload) bool {
	if p.Content == "" && len(p.Embeds) == 0 && p.Files == 0 && !p.hasComponents() {
		writeError(w, http.StatusBadRequest, 50006, "Cannot send an empty message")
		return false
	}
	if n := len([]rune(p.Content)); n > 2000 {
		writeError(w, http.StatusBadRequest, 50035, fmt.Sprintf("Invalid Form Body: content: must be 2000 or fewer in length (got %d)", n))
		return false
	}
	if len(p.Embeds) > 10 {
		writeError(w, http.StatusBadRequest, 50035, "Invalid Form Body: embeds: must be 10 or fewer in length")
		return false
	}
	if len(p.Nonce) > 25 {
		writeError(w, http.StatusBadRequest, 50035, "Invalid Form Body: nonce: must be 25 or fewer in length")
		return false
	}
	return true
}

// hasComponents reports whether the payload carries at least one
// component; discordgo sends "components":null for none.
func (p *Payload) hasComponents() bool {
	var cs []json.RawMessage
	return json.Unmarshal(p.Components, &cs) == nil && len(cs) > 0
}

func (s *Server) getGateway(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway/bot" || strings.HasSuffix(r.URL.Path, "/gateway/bot") {
		writeJSON(w, http.StatusOK, map[string]any{"url": s.gatewayURL(), "shards": s.shards,
			"session_start_limit": map[string]int{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"url": s.gatewayURL()})
}

func botUser() *discordgo.User {
	return &discordgo.User{ID: BotUserID, Username: "newshound", Bot: true}
}

func (s *Server) getMe(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, botUser())
}

func (s *Server) getChannel(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, &discordgo.Channel{
		ID: r.PathValue("channel"), GuildID: GuildID, Name: "news", Type: discordgo.ChannelTypeGuildText,
	})
}

func (s *Server) messageJSON(m *Message) *discordgo.Message {
	return &discordgo.Message{
		ID:        m.ID,
		ChannelID: m.ChannelID,
		GuildID:   GuildID,
		Content:   m.Payload.Content,
		Embeds:    m.Payload.Embeds,
		Author:    botUser(),
		Timestamp: time.Now().UTC().Truncate(time.Millisecond),
		Flags:     m.Payload.Flags,
	}
}

func (s *Server) createMessage(w http.ResponseWriter, r *http.Request) {
	channel := r.PathValue("channel")
	p, ok := decodeMessage(w, r)
	if !ok {
		return
	}
	if !validMessage(w, &p) {
		return
	}
	s.mu.Lock()
	key := channel + "\x00" + p.Nonce
	if old, dup := s.nonces[key]; dup && p.EnforceNonce && p.Nonce != "" {
		m := *old
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, s.messageJSON(&m))
		return
	}
	m := &Message{ID: s.newID(), ChannelID: channel, Payload: p}
	if p.Nonce != "" {
		s.nonces[key] = m
	}
	s.st.Messages[channel] = append(s.st.Messages[channel], m)
	mc := *m
	s.notify()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, s.messageJSON(&mc))
}

// findMessage returns the live message; s.mu must be held.
func (s *Server) findMessage(channel, id string) *Message {
	for _, m := range s.st.Messages[channel] {
		if m.ID == id && !m.Deleted {
			return m
		}
	}
	return nil
}

func (s *Server) getMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	m := s.findMessage(r.PathValue("channel"), r.PathValue("msg"))
	var mc Message
	if m != nil {
		mc = *m
	}
	s.mu.Unlock()
	if m == nil {
		writeError(w, http.StatusNotFound, 10008, "Unknown Message")
		return
	}
	writeJSON(w, http.StatusOK, s.messageJSON(&mc))
}

func (s *Server) editMessage(w http.ResponseWriter, r *http.Request) {
	raw, _, err := readPayload(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
		return
	}
	s.mu.Lock()
	m := s.findMessage(r.PathValue("channel"), r.PathValue("msg"))
	if m == nil {
		s.mu.Unlock()
		writeError(w, http.StatusNotFound, 10008, "Unknown Message")
		return
	}
	// Unmarshal onto a copy: fields absent from the edit keep their value.
	p := m.Payload
	p.Raw = raw
	var edit Payload
	err = json.Unmarshal(raw, &p)
	if err == nil {
		err = json.Unmarshal(raw, &edit)
	}
	if err != nil {
		s.mu.Unlock()
		writeError(w, http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
		return
	}
	if !validMessage(w, &p) {
		s.mu.Unlock()
		return
	}
	edit.Raw = raw
	m.Payload = p
	m.Edits = append(m.Edits, edit)
	mc := *m
	s.notify()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, s.messageJSON(&mc))
}

// DeleteMessage deletes a channel message as a moderator would, and
// reports whether it was there: later reads, edits and deletes of it get
// 404 code 10008 Unknown Message.
func (s *Server) DeleteMessage(channel, id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.findMessage(channel, id)
	if m != nil {
		m.Deleted = true
		s.notify()
	}
	return m != nil
}

func (s *Server) deleteMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	m := s.findMessage(r.PathValue("channel"), r.PathValue("msg"))
	if m != nil {
		m.Deleted = true
		s.notify()
	}
	s.mu.Unlock()
	if m == nil {
		writeError(w, http.StatusNotFound, 10008, "Unknown Message")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) getCommands(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("app") != AppID {
		writeError(w, http.StatusNotFound, 10002, "Unknown Application")
		return
	}
	s.mu.Lock()
	cmds := s.st.Commands[r.PathValue("guild")]
	if cmds == nil {
		cmds = []*discordgo.ApplicationCommand{}
	}
	b, err := json.Marshal(cmds)
	s.mu.Unlock()
	writeBody(w, http.StatusOK, b, err)
}

func (s *Server) putCommands(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("app") != AppID {
		writeError(w, http.StatusNotFound, 10002, "Unknown Application")
		return
	}
	guild := r.PathValue("guild")
	var cmds []*discordgo.ApplicationCommand
	if _, _, ok := decodePayload(w, r, &cmds); !ok {
		return
	}
	seen := make(map[string]bool)
	for _, c := range cmds {
		if c == nil || c.Name == "" || seen[c.Name] {
			writeError(w, http.StatusBadRequest, 50035, "Invalid Form Body: command names must be present and unique")
			return
		}
		seen[c.Name] = true
	}
	s.mu.Lock()
	old := make(map[string]string)
	for _, c := range s.st.Commands[guild] {
		old[c.Name] = c.ID
	}
	out := make([]*discordgo.ApplicationCommand, 0, len(cmds))
	for _, c := range cmds {
		cc := *c
		if cc.ID = old[c.Name]; cc.ID == "" {
			cc.ID = s.newID()
		}
		cc.ApplicationID = AppID
		cc.GuildID = guild
		cc.Version = s.newID()
		if cc.Type == 0 {
			cc.Type = discordgo.ChatApplicationCommand
		}
		out = append(out, &cc)
	}
	if guild == "" {
		s.st.Commands[GlobalScope] = out
	} else {
		s.st.Commands[guild] = out
	}
	s.notify()
	b, err := json.Marshal(out)
	s.mu.Unlock()
	writeBody(w, http.StatusOK, b, err)
}

// ClearFailures drops every failure FailNext queued that has not fired yet.
func (s *Server) ClearFailures() {
	s.mu.Lock()
	s.failures = nil
	s.mu.Unlock()
}
