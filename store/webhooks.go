package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// ChannelDeliveries is notified (payload: the signal id) when a stored
// signal enqueued webhook deliveries.
const ChannelDeliveries = "dito_deliveries"

// Delivery states.
const (
	DeliveryPending   = "pending"
	DeliveryDelivered = "delivered"
	DeliveryDead      = "dead"
)

// Webhook is a bot endpoint that receives signals. Nil filters match
// every signal.
type Webhook struct {
	ID        int64
	URL       string
	Secret    string
	Town      *TownRef
	Skill     *int
	Kind      string // "" for every kind
	Source    string // "config" or "api"
	CreatedAt time.Time
	// Counts of its deliveries by state (filled by Webhooks).
	Pending, Delivered, Dead int
}

// Delivery is one signal's delivery to one webhook.
type Delivery struct {
	WebhookID     int64
	SignalID      int64
	Status        string
	Attempts      int
	NextAttemptAt time.Time
	LastError     string
	DeliveredAt   *time.Time
}

// DueDelivery is a delivery the dispatcher should attempt now, with what
// it needs to send it.
type DueDelivery struct {
	Webhook  Webhook
	Signal   SignalRecord
	Attempts int
}

const webhookCols = `w.id, w.url, w.secret, w.town_chain, w.town_address, w.skill, w.kind, w.source, w.created_at`

// webhookScanner returns scan destinations for webhookCols and a function
// that finishes w after the scan.
func webhookScanner(w *Webhook) ([]any, func()) {
	var townChain *int64
	var townAddr []byte
	var skill *int16
	var kind *string
	dest := []any{&w.ID, &w.URL, &w.Secret, &townChain, &townAddr, &skill, &kind, &w.Source, &w.CreatedAt}
	return dest, func() {
		if townChain != nil {
			w.Town = &TownRef{Chain: uint64(*townChain), Address: addrOf(townAddr)}
		}
		if skill != nil {
			v := int(*skill)
			w.Skill = &v
		}
		if kind != nil {
			w.Kind = *kind
		}
	}
}

// insertWebhook stores w's url, secret and filters from source ("api" or
// "config"); $1..$6 are webhookArgs.
const insertWebhook = `
	INSERT INTO webhooks (url, secret, town_chain, town_address, skill, kind, source)
	VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at`

// webhookArgs are w's url, secret and filters as query arguments.
func webhookArgs(w Webhook) []any {
	var townChain *int64
	var townAddr []byte
	if w.Town != nil {
		c := int64(w.Town.Chain)
		townChain, townAddr = &c, w.Town.Address.Bytes()
	}
	var kind *string
	if w.Kind != "" {
		kind = &w.Kind
	}
	return []any{w.URL, w.Secret, townChain, townAddr, w.Skill, kind}
}

// CreateWebhook registers w (from the API) and returns it with its id.
func (s *Store) CreateWebhook(ctx context.Context, w Webhook) (Webhook, error) {
	w.Source = "api"
	err := s.pool.QueryRow(ctx, insertWebhook, append(webhookArgs(w), w.Source)...).Scan(&w.ID, &w.CreatedAt)
	if err != nil {
		return Webhook{}, fmt.Errorf("create webhook: %w", err)
	}
	return w, nil
}

// DeleteWebhook removes a webhook and its deliveries; false if none had id.
func (s *Store) DeleteWebhook(ctx context.Context, id int64) (bool, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM webhooks WHERE id = $1`, id)
	if err != nil {
		return false, fmt.Errorf("delete webhook %d: %w", id, err)
	}
	return tag.RowsAffected() == 1, nil
}

// Webhooks lists every webhook with its delivery counts, by id.
func (s *Store) Webhooks(ctx context.Context) ([]Webhook, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT `+webhookCols+`,
		       count(d.*) FILTER (WHERE d.status = 'pending'),
		       count(d.*) FILTER (WHERE d.status = 'delivered'),
		       count(d.*) FILTER (WHERE d.status = 'dead')
		FROM webhooks w LEFT JOIN webhook_deliveries d ON d.webhook_id = w.id
		GROUP BY w.id ORDER BY w.id`)
	if err != nil {
		return nil, fmt.Errorf("list webhooks: %w", err)
	}
	defer rows.Close()
	var out []Webhook
	for rows.Next() {
		var w Webhook
		dest, finish := webhookScanner(&w)
		if err := rows.Scan(append(dest, &w.Pending, &w.Delivered, &w.Dead)...); err != nil {
			return nil, fmt.Errorf("scan webhook: %w", err)
		}
		finish()
		out = append(out, w)
	}
	return out, rows.Err()
}

// SyncConfigWebhooks makes the config-sourced webhooks equal ws, in place:
// a configured webhook keeps its row, id and deliveries (pending ones
// included) when its secret or its filters change, so editing the config
// never drops signals a receiver is owed. A config webhook is identified
// by its URL and filters; an entry that matches no row so is paired with
// a row of the same URL whose filters changed (first by id). Rows no entry
// claims are deleted with their deliveries; entries left over are
// inserted. Deliveries enqueued under old filters are still delivered.
func (s *Store) SyncConfigWebhooks(ctx context.Context, ws []Webhook) error {
	return inTx(ctx, s.pool, func(tx pgx.Tx) error {
		// Serialise concurrent starts.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey("webhook-config")); err != nil {
			return fmt.Errorf("lock webhooks: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT `+webhookCols+` FROM webhooks w WHERE w.source = 'config' ORDER BY w.id`)
		if err != nil {
			return fmt.Errorf("read config webhooks: %w", err)
		}
		var have []Webhook
		for rows.Next() {
			var w Webhook
			dest, finish := webhookScanner(&w)
			if err := rows.Scan(dest...); err != nil {
				rows.Close()
				return fmt.Errorf("scan webhook: %w", err)
			}
			finish()
			have = append(have, w)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read config webhooks: %w", err)
		}
		claimed := make([]bool, len(have))
		pair := make([]int, len(ws)) // index into have, -1 for none
		claim := func(match func(a, b Webhook) bool) {
			for i, w := range ws {
				if pair[i] >= 0 {
					continue
				}
				for k, h := range have {
					if !claimed[k] && match(w, h) {
						claimed[k], pair[i] = true, k
						break
					}
				}
			}
		}
		for i := range pair {
			pair[i] = -1
		}
		claim(func(a, b Webhook) bool { return a.URL == b.URL && sameFilters(a, b) })
		claim(func(a, b Webhook) bool { return a.URL == b.URL })
		keep := []int64{}
		for i, w := range ws {
			if k := pair[i]; k >= 0 {
				h := have[k]
				keep = append(keep, h.ID)
				if h.Secret == w.Secret && sameFilters(w, h) {
					continue
				}
				_, err := tx.Exec(ctx, `
					UPDATE webhooks SET url = $1, secret = $2, town_chain = $3, town_address = $4, skill = $5, kind = $6
					WHERE id = $7`, append(webhookArgs(w), h.ID)...)
				if err != nil {
					return fmt.Errorf("update webhook %d (%s): %w", h.ID, w.URL, err)
				}
				continue
			}
			var id int64
			var created time.Time
			if err := tx.QueryRow(ctx, insertWebhook, append(webhookArgs(w), "config")...).Scan(&id, &created); err != nil {
				return fmt.Errorf("add webhook %s: %w", w.URL, err)
			}
			keep = append(keep, id)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM webhooks WHERE source = 'config' AND NOT (id = ANY($1))`, keep); err != nil {
			return fmt.Errorf("drop webhooks no longer configured: %w", err)
		}
		return nil
	})
}

// sameFilters reports whether two webhooks select the same signals.
func sameFilters(a, b Webhook) bool {
	sameTown := (a.Town == nil) == (b.Town == nil) && (a.Town == nil || *a.Town == *b.Town)
	sameSkill := (a.Skill == nil) == (b.Skill == nil) && (a.Skill == nil || *a.Skill == *b.Skill)
	return sameTown && sameSkill && a.Kind == b.Kind
}

// Deliveries lists deliveries, newest signal first, optionally of one
// webhook and in one state.
func (s *Store) Deliveries(ctx context.Context, webhook *int64, status string, first, skip int) ([]Delivery, error) {
	var st *string
	if status != "" {
		st = &status
	}
	rows, err := s.pool.Query(ctx, `
		SELECT webhook_id, signal_id, status, attempts, next_attempt_at, coalesce(last_error, ''), delivered_at
		FROM webhook_deliveries
		WHERE ($1::bigint IS NULL OR webhook_id = $1) AND ($2::text IS NULL OR status = $2)
		ORDER BY signal_id DESC, webhook_id LIMIT $3 OFFSET $4`, webhook, st, first, skip)
	if err != nil {
		return nil, fmt.Errorf("list deliveries: %w", err)
	}
	defer rows.Close()
	var out []Delivery
	for rows.Next() {
		var d Delivery
		if err := rows.Scan(&d.WebhookID, &d.SignalID, &d.Status, &d.Attempts, &d.NextAttemptAt, &d.LastError, &d.DeliveredAt); err != nil {
			return nil, fmt.Errorf("scan delivery: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

const signalCols = `s.id, s.from_chain, s.from_address, s.to_chain, s.to_address, s.skill, s.kind, s.probability, s.surplus, s.scarcity,
	s.chain_id, s.block, s.time, s.reason, s.retracts, s.retracted, s.created_at`

// DueDeliveries returns, for each webhook with pending deliveries, its
// oldest pending one if that is due: deliveries to one webhook go out in
// signal order, a later one waiting while an earlier one is retried (a
// dead one is not pending, so it no longer holds the queue).
func (s *Store) DueDeliveries(ctx context.Context, limit int) ([]DueDelivery, error) {
	rows, err := s.pool.Query(ctx, `
		WITH heads AS (
			SELECT DISTINCT ON (webhook_id) webhook_id, signal_id, attempts, next_attempt_at
			FROM webhook_deliveries WHERE status = 'pending'
			ORDER BY webhook_id, signal_id
		)
		SELECT `+signalCols+`, `+webhookCols+`, h.attempts
		FROM heads h JOIN webhooks w ON w.id = h.webhook_id JOIN signals s ON s.id = h.signal_id
		WHERE h.next_attempt_at <= now()
		ORDER BY h.next_attempt_at LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("read due deliveries: %w", err)
	}
	defer rows.Close()
	var out []DueDelivery
	for rows.Next() {
		var d DueDelivery
		dest, finish := webhookScanner(&d.Webhook)
		sig, err := scanSignal(extraRow{r: rows, extra: append(dest, &d.Attempts)})
		if err != nil {
			return nil, fmt.Errorf("scan due delivery: %w", err)
		}
		finish()
		d.Signal = sig
		out = append(out, d)
	}
	return out, rows.Err()
}

// NextDeliveryAt is when the next delivery DueDeliveries would return
// falls due: the earliest next_attempt_at among each webhook's head (its
// oldest pending delivery), zero if none is pending. Rows queued behind a
// failing head keep the time they were enqueued, long past, so a minimum
// over every pending row would have the dispatcher poll a down receiver in
// a tight loop.
func (s *Store) NextDeliveryAt(ctx context.Context) (time.Time, error) {
	var t *time.Time
	err := s.pool.QueryRow(ctx, `
		SELECT min(next_attempt_at) FROM (
			SELECT DISTINCT ON (webhook_id) next_attempt_at
			FROM webhook_deliveries WHERE status = 'pending'
			ORDER BY webhook_id, signal_id
		) heads`).Scan(&t)
	if err != nil {
		return time.Time{}, fmt.Errorf("read next delivery: %w", err)
	}
	if t == nil {
		return time.Time{}, nil
	}
	return *t, nil
}

// MarkDelivered records a successful attempt.
func (s *Store) MarkDelivered(ctx context.Context, webhook, signal int64, attempts int) error {
	_, err := s.pool.Exec(ctx, `
		UPDATE webhook_deliveries SET status = 'delivered', attempts = $3, delivered_at = now(), last_error = NULL
		WHERE webhook_id = $1 AND signal_id = $2`, webhook, signal, attempts)
	if err != nil {
		return fmt.Errorf("mark delivery %d/%d delivered: %w", webhook, signal, err)
	}
	return nil
}

// MarkFailed records a failed attempt: retried at next, or dead.
func (s *Store) MarkFailed(ctx context.Context, webhook, signal int64, attempts int, reason string, next time.Time, dead bool) error {
	status := DeliveryPending
	if dead {
		status = DeliveryDead
	}
	_, err := s.pool.Exec(ctx, `
		UPDATE webhook_deliveries SET status = $3, attempts = $4, last_error = $5, next_attempt_at = $6
		WHERE webhook_id = $1 AND signal_id = $2`, webhook, signal, status, attempts, reason, next)
	if err != nil {
		return fmt.Errorf("mark delivery %d/%d failed: %w", webhook, signal, err)
	}
	return nil
}

// Redeliver puts a webhook's dead deliveries (or the one of signal, dead
// or delivered) back in the queue, due now, and returns how many.
func (s *Store) Redeliver(ctx context.Context, webhook int64, signal *int64) (int64, error) {
	tag, err := s.pool.Exec(ctx, `
		UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), delivered_at = NULL
		WHERE webhook_id = $1 AND (($2::bigint IS NULL AND status = 'dead') OR signal_id = $2)`, webhook, signal)
	if err != nil {
		return 0, fmt.Errorf("redeliver to webhook %d: %w", webhook, err)
	}
	if tag.RowsAffected() > 0 {
		if _, err := s.pool.Exec(ctx, `SELECT pg_notify($1, '')`, ChannelDeliveries); err != nil {
			return 0, fmt.Errorf("notify redelivery: %w", err)
		}
	}
	return tag.RowsAffected(), nil
}

// DeadLetters counts deliveries that gave up.
func (s *Store) DeadLetters(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM webhook_deliveries WHERE status = 'dead'`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count dead letters: %w", err)
	}
	return n, nil
}
