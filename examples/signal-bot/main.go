// Command signal-bot is an example DiTo Graph client for community bots. It
// follows scarcity signals live over a GraphQL subscription
// (graphql-transport-ws), reconnects after failures and resumes from the
// last signal id it saved, so it misses nothing while offline; with
// -listen it also receives the same signals as signed webhooks and checks
// their signatures. It prints one line per signal; a real bot would post
// it to Discord or Telegram instead.
//
//	go run ./examples/signal-bot -url http://127.0.0.1:8080/graphql
//	go run ./examples/signal-bot -listen 127.0.0.1:9000 -secret "$SECRET"
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	ossignal "os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/distributedtown/dito-graph/webhook"
)

func main() {
	ctx, stop := ossignal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

type options struct {
	url        string
	town, kind string
	skill      int
	cursorFile string
	seenFile   string
	live       bool
	listen     string
	secret     string
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("signal-bot", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c options
	fs.StringVar(&c.url, "url", "http://127.0.0.1:8080/graphql", "DiTo Graph GraphQL endpoint (\"\" to only receive webhooks)")
	fs.StringVar(&c.town, "town", "", "only signals from or to this town id (<chain>-<address>)")
	fs.StringVar(&c.kind, "kind", "", "only this kind: LACK, EXCESS, NO_SUPPLIER or RETRACTED")
	fs.IntVar(&c.skill, "skill", -1, "only this skill id (0..35)")
	fs.StringVar(&c.cursorFile, "cursor", ".signal-bot.cursor", "file keeping the last signal id seen, to resume without gaps")
	fs.StringVar(&c.seenFile, "seen", ".signal-bot.seen", "file keeping the webhook signal ids handled, to dedupe across restarts (\"\" to keep them in memory only)")
	fs.BoolVar(&c.live, "live", false, "on the first start, skip the signals stored so far")
	fs.StringVar(&c.listen, "listen", "", "also receive webhooks on this address (e.g. 127.0.0.1:9000)")
	fs.StringVar(&c.secret, "secret", os.Getenv("SIGNAL_BOT_SECRET"), "webhook secret (default $SIGNAL_BOT_SECRET)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if c.listen != "" && c.secret == "" {
		fmt.Fprintln(stderr, "signal-bot: -listen needs -secret (or SIGNAL_BOT_SECRET) to verify signatures")
		return 2
	}
	if c.url == "" && c.listen == "" {
		fmt.Fprintln(stderr, "signal-bot: nothing to do: give -url, -listen or both")
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	b := &bot{out: stdout, log: log, cfg: c}

	var wg sync.WaitGroup
	errs := make(chan error, 2)
	if c.listen != "" {
		srv := &http.Server{Addr: c.listen, Handler: b.receiver(), ReadHeaderTimeout: 10 * time.Second}
		wg.Go(func() {
			log.Info("receiving webhooks", "addr", c.listen)
			if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
				errs <- fmt.Errorf("webhook receiver: %w", err)
			}
		})
		context.AfterFunc(ctx, func() { _ = srv.Close() })
	}
	if c.url != "" {
		wg.Go(func() { b.follow(ctx) })
	}
	select {
	case err := <-errs:
		fmt.Fprintln(stderr, "signal-bot:", err)
		return 1
	case <-ctx.Done():
	}
	wg.Wait()
	return 0
}

type bot struct {
	out io.Writer
	log *slog.Logger
	cfg options

	mu   sync.Mutex
	seen map[string]bool // webhook idempotency keys handled, loaded from cfg.seenFile
}

// signal is what the bot asks for in its subscription.
type signal struct {
	ID          string  `json:"id"`
	Kind        string  `json:"kind"`
	FromID      string  `json:"fromId"`
	ToID        *string `json:"toId"`
	Probability float64 `json:"probability"`
	Surplus     int     `json:"surplus"`
	ChainID     int     `json:"chainId"`
	Block       string  `json:"block"`
	Reason      string  `json:"reason"`
	Skill       struct {
		ID   int    `json:"id"`
		Name string `json:"name"`
	} `json:"skill"`
	Retracts *struct {
		ID string `json:"id"`
	} `json:"retracts"`
}

const subscription = `subscription Signals($town: ID, $skill: Int, $kind: SignalKind, $after: ID) {
  signals(town: $town, skill: $skill, kind: $kind, after: $after) {
    id kind fromId toId probability surplus chainId block reason
    skill { id name }
    retracts { id }
  }
}`

// line is how the bot shows a signal.
func line(source string, s signal) string {
	to := "?"
	if s.ToID != nil {
		to = *s.ToID
	}
	switch s.Kind {
	case "RETRACTED":
		what := "?"
		if s.Retracts != nil {
			what = "#" + s.Retracts.ID
		}
		return fmt.Sprintf("%s#%s RETRACTED  %s withdrawn: %s", source, s.ID, what, s.Reason)
	case "NO_SUPPLIER":
		return fmt.Sprintf("%s#%s NO_SUPPLIER %q (skill %d) in town %s → no town within reach can supply it, at block %s of chain %d",
			source, s.ID, s.Skill.Name, s.Skill.ID, s.FromID, s.Block, s.ChainID)
	case "EXCESS":
		return fmt.Sprintf("%s#%s EXCESS     %q (skill %d) in town %s → could serve %s (p=%.2f, surplus %d) at block %s of chain %d",
			source, s.ID, s.Skill.Name, s.Skill.ID, s.FromID, to, s.Probability, s.Surplus, s.Block, s.ChainID)
	default:
		return fmt.Sprintf("%s#%s %-10s %q (skill %d) in town %s → closest supplier %s (p=%.2f, surplus %d) at block %s of chain %d",
			source, s.ID, s.Kind, s.Skill.Name, s.Skill.ID, s.FromID, to, s.Probability, s.Surplus, s.Block, s.ChainID)
	}
}

// follow keeps a subscription open until ctx ends, reconnecting with a
// capped backoff and resuming after the saved cursor.
func (b *bot) follow(ctx context.Context) {
	backoff := time.Second
	for ctx.Err() == nil {
		started := time.Now()
		err := b.subscribe(ctx)
		if ctx.Err() != nil {
			return
		}
		if time.Since(started) > time.Minute {
			backoff = time.Second
		}
		b.log.Warn("subscription ended; reconnecting", "err", err, "in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// subscribe runs one graphql-transport-ws session.
func (b *bot) subscribe(ctx context.Context) error {
	wsURL := "ws" + strings.TrimPrefix(b.cfg.url, "http")
	conn, _, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return fmt.Errorf("dial %s: %w", wsURL, err)
	}
	defer conn.CloseNow()
	conn.SetReadLimit(1 << 20)
	if err := wsjson.Write(ctx, conn, wsMessage{Type: "connection_init"}); err != nil {
		return fmt.Errorf("init: %w", err)
	}
	vars := map[string]any{}
	if b.cfg.town != "" {
		vars["town"] = b.cfg.town
	}
	if b.cfg.kind != "" {
		vars["kind"] = b.cfg.kind
	}
	if b.cfg.skill >= 0 {
		vars["skill"] = b.cfg.skill
	}
	cursor, err := b.cursor()
	if err != nil {
		return err
	}
	if cursor, err = b.checkCursor(ctx, cursor); err != nil {
		return err
	}
	if cursor != "" {
		vars["after"] = cursor
	}
	payload, _ := json.Marshal(map[string]any{"query": subscription, "variables": vars})
	acked := false
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, conn, &m); err != nil {
			return fmt.Errorf("read: %w", err)
		}
		switch m.Type {
		case "connection_ack":
			if !acked {
				acked = true
				if err := wsjson.Write(ctx, conn, wsMessage{ID: "signals", Type: "subscribe", Payload: payload}); err != nil {
					return fmt.Errorf("subscribe: %w", err)
				}
				b.log.Info("following signals", "url", b.cfg.url, "after", cursor)
			}
		case "ping":
			if err := wsjson.Write(ctx, conn, wsMessage{Type: "pong"}); err != nil {
				return fmt.Errorf("pong: %w", err)
			}
		case "next":
			var res struct {
				Data struct {
					Signals signal `json:"signals"`
				} `json:"data"`
				Errors []struct {
					Message string `json:"message"`
				} `json:"errors"`
			}
			if err := json.Unmarshal(m.Payload, &res); err != nil {
				return fmt.Errorf("decode signal: %w", err)
			}
			if len(res.Errors) > 0 {
				return fmt.Errorf("server: %s", res.Errors[0].Message)
			}
			s := res.Data.Signals
			fmt.Fprintln(b.out, line("", s))
			if err := b.saveCursor(s.ID); err != nil {
				return err
			}
		case "error":
			return fmt.Errorf("subscription refused: %s", m.Payload)
		case "complete":
			return errors.New("the server completed the subscription")
		}
	}
}

// cursor is the last signal id seen: "" means now (with -live on a first
// start), "0" replays every stored signal.
func (b *bot) cursor() (string, error) {
	raw, err := os.ReadFile(b.cfg.cursorFile)
	if errors.Is(err, os.ErrNotExist) {
		if b.cfg.live {
			return "", nil
		}
		return "0", nil
	}
	if err != nil {
		return "", fmt.Errorf("read cursor: %w", err)
	}
	c := strings.TrimSpace(string(raw))
	if _, err := strconv.ParseUint(c, 10, 64); err != nil {
		return "", fmt.Errorf("cursor file %s holds %q, not a signal id", b.cfg.cursorFile, c)
	}
	return c, nil
}

// checkCursor guards against a cursor from another life of the server:
// signal ids only grow, so a saved id beyond the newest stored signal means
// the database was wiped (or the bot points at another server), and
// resuming after it would silently skip every signal until the ids catch
// up. The bot then warns and starts from the beginning. (A wiped database
// that has already stored more signals than the cursor cannot be told
// apart this way.)
func (b *bot) checkCursor(ctx context.Context, cursor string) (string, error) {
	if cursor == "" || cursor == "0" {
		return cursor, nil
	}
	newest, err := b.newestSignal(ctx)
	if err != nil {
		return "", err
	}
	c, _ := strconv.ParseUint(cursor, 10, 64) // validated by cursor
	if c <= newest {
		return cursor, nil
	}
	b.log.Warn("the saved cursor is beyond the server's newest signal (was its database reset?); starting from the beginning",
		"cursor", cursor, "newest", newest, "cursor_file", b.cfg.cursorFile)
	if err := b.saveCursor("0"); err != nil {
		return "", err
	}
	return "0", nil
}

// newestSignal asks the server for its highest signal id (0 if none).
func (b *bot) newestSignal(ctx context.Context) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	body, _ := json.Marshal(map[string]string{"query": `{ signals(first: 1, orderBy: id, orderDirection: desc) { id } }`})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.cfg.url, strings.NewReader(string(body)))
	if err != nil {
		return 0, fmt.Errorf("newest signal: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, fmt.Errorf("newest signal: %w", err)
	}
	defer resp.Body.Close()
	var res struct {
		Data struct {
			Signals []struct {
				ID string `json:"id"`
			} `json:"signals"`
		} `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&res); err != nil {
		return 0, fmt.Errorf("newest signal: %s: %w", resp.Status, err)
	}
	if len(res.Errors) > 0 {
		return 0, fmt.Errorf("newest signal: server: %s", res.Errors[0].Message)
	}
	if len(res.Data.Signals) == 0 {
		return 0, nil
	}
	id, err := strconv.ParseUint(res.Data.Signals[0].ID, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("newest signal: id %q: %w", res.Data.Signals[0].ID, err)
	}
	return id, nil
}

// saveCursor writes the cursor atomically, so a crash leaves the old or
// the new id, never half of one.
func (b *bot) saveCursor(id string) error {
	tmp := b.cfg.cursorFile + ".tmp"
	if err := os.WriteFile(tmp, []byte(id+"\n"), 0o644); err != nil {
		return fmt.Errorf("save cursor: %w", err)
	}
	if err := os.Rename(tmp, b.cfg.cursorFile); err != nil {
		return fmt.Errorf("save cursor: %w", err)
	}
	return nil
}

// receiver serves webhook deliveries: it verifies each signature over the
// raw body before trusting anything in it, and handles each signal once
// (deliveries are at least once).
func (b *bot) receiver() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "POST only", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "read body", http.StatusBadRequest)
			return
		}
		if err := webhook.Verify(b.cfg.secret, r.Header.Get(webhook.HeaderSignature), body, time.Now(), 0); err != nil {
			b.log.Warn("rejected a webhook", "err", err, "remote", r.RemoteAddr)
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		var p webhook.Payload
		if err := json.Unmarshal(body, &p); err != nil {
			http.Error(w, "bad payload", http.StatusBadRequest)
			return
		}
		// Dedupe on the signed body's id, which the Idempotency-Key header
		// repeats (the header itself is not signed).
		if _, err := strconv.ParseUint(p.ID, 10, 64); err != nil {
			http.Error(w, "bad signal id", http.StatusBadRequest)
			return
		}
		dup, err := b.handled(p.ID)
		if err != nil {
			// Answer 500 so the signal comes again rather than being lost.
			b.log.Error("cannot record a webhook delivery", "err", err)
			http.Error(w, "cannot record the delivery", http.StatusInternalServerError)
			return
		}
		if !dup {
			s := signal{ID: p.ID, Kind: p.Kind, FromID: p.From, ToID: p.To, Probability: p.Probability, Surplus: p.Surplus,
				ChainID: int(p.ChainID), Block: strconv.FormatUint(p.Block, 10), Reason: p.Reason}
			s.Skill.ID, s.Skill.Name = p.Skill.ID, p.Skill.Name
			if p.Retracts != nil {
				s.Retracts = &struct {
					ID string `json:"id"`
				}{*p.Retracts}
			}
			fmt.Fprintln(b.out, line("[webhook] ", s))
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

// handled reports whether the signal of this idempotency key was handled
// before and records it as handled. Keys are kept in cfg.seenFile, one per
// line, so a restarted bot does not print a redelivered signal twice (a
// real bot would keep them, or its last handled id per webhook, in its own
// database). The file grows by a few bytes per signal.
func (b *bot) handled(key string) (bool, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.seen == nil {
		b.seen = map[string]bool{}
		if b.cfg.seenFile != "" {
			raw, err := os.ReadFile(b.cfg.seenFile)
			if err != nil && !errors.Is(err, os.ErrNotExist) {
				return false, fmt.Errorf("read %s: %w", b.cfg.seenFile, err)
			}
			for _, k := range strings.Fields(string(raw)) {
				b.seen[k] = true
			}
		}
	}
	if b.seen[key] {
		return true, nil
	}
	if b.cfg.seenFile != "" {
		f, err := os.OpenFile(b.cfg.seenFile, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return false, fmt.Errorf("record delivery %s: %w", key, err)
		}
		_, err = fmt.Fprintln(f, key)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return false, fmt.Errorf("record delivery %s: %w", key, err)
		}
	}
	b.seen[key] = true
	return false, nil
}
