package api

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/distributedtown/dito-graph/api/model"
	"github.com/distributedtown/dito-graph/store"
)

type bearerKey struct{}

// withBearer keeps the request's bearer token for the admin checks of the
// webhook fields.
func withBearer(r *http.Request) *http.Request {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return r
	}
	return r.WithContext(context.WithValue(r.Context(), bearerKey{}, strings.TrimSpace(tok)))
}

// requireAdmin admits a request carrying api.admin_token.
func (s *Server) requireAdmin(ctx context.Context) error {
	if s.cfg.AdminToken == "" {
		return gqlerror.Errorf("webhook administration is disabled: set api.admin_token (DITO_API_ADMIN_TOKEN) to enable it")
	}
	tok, _ := ctx.Value(bearerKey{}).(string)
	if subtle.ConstantTimeCompare([]byte(tok), []byte(s.cfg.AdminToken)) != 1 {
		return gqlerror.Errorf("unauthorized: send the header Authorization: Bearer <api.admin_token>")
	}
	return nil
}

func webhookModel(w store.Webhook) *model.Webhook {
	m := &model.Webhook{ID: strconv.FormatInt(w.ID, 10), URL: w.URL, Source: w.Source,
		CreatedAt: w.CreatedAt.UTC().Format(time.RFC3339), Pending: w.Pending, Delivered: w.Delivered, Dead: w.Dead, Skill: w.Skill}
	if w.Town != nil {
		id := w.Town.ID()
		m.Town = &id
	}
	if w.Kind != "" {
		m.Kind = &w.Kind
	}
	return m
}

func parseIntID(what, id string) (int64, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n <= 0 {
		return 0, gqlerror.Errorf("bad %s id %q", what, id)
	}
	return n, nil
}

func (s *Server) createWebhook(ctx context.Context, rawURL, secret string, town *string, skill *int, kind *string) (*model.Webhook, error) {
	if err := s.requireAdmin(ctx); err != nil {
		return nil, err
	}
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, gqlerror.Errorf("url %q: want an http(s) URL", rawURL)
	}
	if len(secret) < 16 {
		return nil, gqlerror.Errorf("secret: use at least 16 characters; receivers verify signatures with it")
	}
	w := store.Webhook{URL: rawURL, Secret: secret, Skill: skill}
	if town != nil {
		ref, err := store.ParseTownID(*town)
		if err != nil {
			return nil, gqlerror.Errorf("town: %v", err)
		}
		w.Town = &ref
	}
	if skill != nil && (*skill < 0 || *skill > 35) {
		return nil, gqlerror.Errorf("skill %d outside the taxonomy 0..35", *skill)
	}
	if kind != nil {
		if *kind == "RETRACTED" {
			return nil, gqlerror.Errorf("kind: retractions follow the signals they withdraw; filter on LACK, EXCESS or NO_SUPPLIER")
		}
		w.Kind = *kind
	}
	// The primary: a client reading its webhook back must find it.
	created, err := s.db.Primary().CreateWebhook(ctx, w)
	if err != nil {
		return nil, err
	}
	return webhookModel(created), nil
}

func (s *Server) deleteWebhook(ctx context.Context, id string) (bool, error) {
	if err := s.requireAdmin(ctx); err != nil {
		return false, err
	}
	n, err := parseIntID("webhook", id)
	if err != nil {
		return false, err
	}
	return s.db.Primary().DeleteWebhook(ctx, n)
}

func (s *Server) redeliver(ctx context.Context, webhook string, signal *string) (int, error) {
	if err := s.requireAdmin(ctx); err != nil {
		return 0, err
	}
	wh, err := parseIntID("webhook", webhook)
	if err != nil {
		return 0, err
	}
	var sig *int64
	if signal != nil {
		n, err := parseIntID("signal", *signal)
		if err != nil {
			return 0, err
		}
		sig = &n
	}
	n, err := s.db.Primary().Redeliver(ctx, wh, sig)
	return int(n), err
}

func (s *Server) webhooks(ctx context.Context) ([]*model.Webhook, error) {
	if err := s.requireAdmin(ctx); err != nil {
		return nil, err
	}
	ws, err := s.db.Primary().Webhooks(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Webhook, len(ws))
	for i, w := range ws {
		out[i] = webhookModel(w)
	}
	return out, nil
}

func (s *Server) webhookDeliveries(ctx context.Context, v *model.View, webhook, status *string, first, skip int) ([]*model.WebhookDelivery, error) {
	if err := s.requireAdmin(ctx); err != nil {
		return nil, err
	}
	var wh *int64
	if webhook != nil {
		n, err := parseIntID("webhook", *webhook)
		if err != nil {
			return nil, err
		}
		wh = &n
	}
	st := ""
	if status != nil {
		st = strings.ToLower(*status)
	}
	primary := s.db.Primary()
	ds, err := primary.Deliveries(ctx, wh, st, first, skip)
	if err != nil {
		return nil, err
	}
	// The deliveries' signals in one query.
	keys := make([]store.Key, len(ds))
	for i, d := range ds {
		keys[i] = store.Key{uint64(d.SignalID)}
	}
	bySignal := map[int64]store.SignalRecord{}
	if len(keys) > 0 {
		rows, err := store.Select(ctx, primary, store.Signals, store.Query{First: len(keys),
			Where: &store.Filter{Conds: []store.Cond{{Attr: "id", Op: store.OpIn, Value: keys}}}})
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			bySignal[r.ID] = r
		}
	}
	out := make([]*model.WebhookDelivery, 0, len(ds))
	for _, d := range ds {
		sg, ok := bySignal[d.SignalID]
		if !ok {
			return nil, errors.New("delivery of a signal that is gone")
		}
		m := &model.WebhookDelivery{WebhookID: strconv.FormatInt(d.WebhookID, 10), Signal: newSignal(sg, v),
			Status: strings.ToUpper(d.Status), Attempts: d.Attempts, NextAttemptAt: d.NextAttemptAt.UTC().Format(time.RFC3339)}
		if d.LastError != "" {
			m.LastError = &d.LastError
		}
		if d.DeliveredAt != nil {
			t := d.DeliveredAt.UTC().Format(time.RFC3339)
			m.DeliveredAt = &t
		}
		out = append(out, m)
	}
	return out, nil
}
