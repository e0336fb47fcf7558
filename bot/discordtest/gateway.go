package discordtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

const writeTimeout = 5 * time.Second

// gwConn is one gateway websocket. gorilla allows one writer at a time:
// every write holds wmu. Lock order: wmu before Server.mu.
type gwConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex

	// Guarded by Server.mu.
	sessionID string
	readyAt   uint64 // 0 until READY/RESUMED; larger is more recent
}

type frame struct {
	Op   int             `json:"op"`
	Data json.RawMessage `json:"d"`
	Seq  int64           `json:"s,omitempty"`
	Type string          `json:"t,omitempty"`
}

func (c *gwConn) writeJSON(v any) error {
	c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	return c.ws.WriteJSON(v)
}

func (c *gwConn) send(op int, d any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.writeJSON(map[string]any{"op": op, "d": d})
}

// close ends the connection abruptly; the handler's read loop then returns.
func (c *gwConn) close() {
	c.ws.WriteControl(websocket.CloseMessage,
		websocket.FormatCloseMessage(websocket.CloseServiceRestart, ""), time.Now().Add(time.Second))
	c.ws.Close()
}

// dispatch sends an op 0 event with the session's next sequence number and
// keeps it for the session, as Discord does: a client whose connection drops
// before it reads the event gets it again when it resumes.
func (s *Server) dispatch(c *gwConn, event string, d any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	s.mu.Lock()
	seq := s.sessions[c.sessionID] + 1
	s.sessions[c.sessionID] = seq
	b, err := json.Marshal(map[string]any{"op": 0, "s": seq, "t": event, "d": d})
	if err != nil {
		s.mu.Unlock()
		return err
	}
	s.sent[c.sessionID] = append(s.sent[c.sessionID], b)
	s.mu.Unlock()
	return c.write(b)
}

func (c *gwConn) write(b []byte) error {
	c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

// replay sends the session's events after seq, in order, before RESUMED.
func (s *Server) replay(c *gwConn, seq int64) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	s.mu.Lock()
	sent := s.sent[c.sessionID]
	var missed [][]byte
	if seq >= 0 && seq < int64(len(sent)) {
		missed = sent[seq:]
	}
	s.mu.Unlock()
	for _, b := range missed {
		if err := c.write(b); err != nil {
			return err
		}
	}
	return nil
}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered the client
	}
	c := &gwConn{ws: ws}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ws.Close()
		return
	}
	s.conns[c] = struct{}{}
	s.mu.Unlock()
	defer func() {
		ws.Close()
		s.mu.Lock()
		delete(s.conns, c)
		s.updateReady()
		s.notify()
		s.mu.Unlock()
	}()

	if err := c.send(10, map[string]any{"heartbeat_interval": s.heartbeat.Milliseconds()}); err != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var f frame
		if err := json.Unmarshal(msg, &f); err != nil {
			s.recordUnknown(fmt.Sprintf("gateway: undecodable frame %.100q", msg))
			return
		}
		switch f.Op {
		case 1: // heartbeat
			err = c.send(11, nil)
		case 2:
			err = s.identify(c, f.Data)
		case 6:
			err = s.resume(c, f.Data)
		case 3, 4, 8: // presence, voice state, request guild members
		default:
			s.recordUnknown(fmt.Sprintf("gateway: op %d", f.Op))
		}
		if err != nil {
			return
		}
	}
}

func (s *Server) identify(c *gwConn, d json.RawMessage) error {
	var id Identify
	if err := json.Unmarshal(d, &id); err != nil {
		s.recordUnknown(fmt.Sprintf("gateway: bad identify: %v", err))
		return err
	}
	s.mu.Lock()
	s.st.Identify = &id
	s.st.Identifies++
	c.sessionID = "session-" + s.newID()
	s.sessions[c.sessionID] = 0
	if id.Shard != nil {
		s.sessionShard[c.sessionID] = id.Shard[0]
	}
	s.mu.Unlock()
	ready := map[string]any{
		"v":          9,
		"session_id": c.sessionID,
		"user":       &discordgo.User{ID: BotUserID, Username: "newshound", Bot: true},
		"application": map[string]any{
			"id": AppID, "flags": 0,
		},
		"guilds":             []map[string]any{{"id": GuildID, "unavailable": true}},
		"private_channels":   []any{},
		"resume_gateway_url": s.gatewayURL(),
	}
	if err := s.dispatch(c, "READY", ready); err != nil {
		return err
	}
	s.markReady(c)
	return nil
}

func (s *Server) resume(c *gwConn, d json.RawMessage) error {
	var p struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(d, &p); err != nil {
		s.recordUnknown(fmt.Sprintf("gateway: bad resume: %v", err))
		return err
	}
	s.mu.Lock()
	_, ok := s.sessions[p.SessionID]
	s.st.Resumes++
	if ok {
		c.sessionID = p.SessionID
	}
	s.notify()
	s.mu.Unlock()
	if !ok {
		// Invalid session, not resumable: discordgo re-identifies.
		return c.send(9, false)
	}
	if err := s.replay(c, p.Seq); err != nil {
		return err
	}
	if err := s.dispatch(c, "RESUMED", map[string]any{}); err != nil {
		return err
	}
	s.markReady(c)
	return nil
}

func (s *Server) markReady(c *gwConn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	c.readyAt = s.nextID
	s.updateReady()
	s.notify()
}

// updateReady recomputes State.Ready. s.mu must be held.
func (s *Server) updateReady() {
	s.st.Ready = s.readyConn() != nil
	s.st.Shards = map[int]int{}
	for c := range s.conns {
		if c.readyAt != 0 {
			s.st.Shards[s.sessionShard[c.sessionID]]++
		}
	}
}

// readyConn is the most recently readied connection, or nil. s.mu must be
// held.
func (s *Server) readyConn() *gwConn {
	var best *gwConn
	for c := range s.conns {
		if c.readyAt != 0 && (best == nil || c.readyAt > best.readyAt) {
			best = c
		}
	}
	return best
}

func (s *Server) gatewayURL() string {
	return "ws" + s.http.URL[len("http"):] + "/gateway"
}

// DisconnectAll drops every gateway connection without warning, as a
// network failure would. discordgo then reconnects (after the 1 s sleep in
// its Close) and resumes with op 6; wait for State.Resumes, or just call
// Interact, which waits for a ready connection. A resume replays the
// session's events after the client's sequence number, as Discord does.
func (s *Server) DisconnectAll() {
	s.mu.Lock()
	conns := make([]*gwConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
		c.readyAt = 0 // so Interact waits for the resumed connection
	}
	s.updateReady()
	s.notify()
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
}

func (s *Server) recordUnknown(what string) {
	s.mu.Lock()
	s.st.Unknown = append(s.st.Unknown, what)
	s.notify()
	s.mu.Unlock()
}
