package api

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// postAs sends a GraphQL request with an Authorization header.
func (a *testAPI) postAs(token, query string) gqlResponse {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req, _ := http.NewRequest(http.MethodPost, a.ts.URL+global, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out gqlResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		a.t.Fatalf("status %d, body %q: %v", resp.StatusCode, raw, err)
	}
	return out
}

func firstError(res gqlResponse) string {
	if len(res.Errors) == 0 {
		return ""
	}
	return res.Errors[0].Message
}

func TestWebhookAdministration(t *testing.T) {
	t.Run("disabled without an admin token", func(t *testing.T) {
		a := newTestAPI(t, testConfig())
		res := a.postAs("anything", `mutation { createWebhook(url: "https://bot.example/h", secret: "0123456789abcdef") { id } }`)
		if msg := firstError(res); msg != "webhook administration is disabled: set api.admin_token (DITO_API_ADMIN_TOKEN) to enable it" {
			t.Errorf("error %q", msg)
		}
	})

	cfg := testConfig()
	cfg.AdminToken = "admin-secret-token"
	a := newTestAPI(t, cfg)
	const create = `mutation { createWebhook(url: "https://bot.example/h", secret: "0123456789abcdef", town: "137-0x00000000000000000000000000000000000000a1", kind: LACK) { id url town skill kind source pending } }`
	for _, tok := range []string{"", "wrong"} {
		const unauthorized = "unauthorized: send the header Authorization: Bearer <api.admin_token>"
		if msg := firstError(a.postAs(tok, create)); msg != unauthorized {
			t.Errorf("token %q: error %q, want unauthorized", tok, msg)
		}
		if msg := firstError(a.postAs(tok, `{ webhooks { id } }`)); msg != unauthorized {
			t.Errorf("token %q: listing webhooks: %q, want unauthorized", tok, msg)
		}
	}
	for q, want := range map[string]string{
		`mutation { createWebhook(url: "ftp://x", secret: "0123456789abcdef") { id } }`:                      `url "ftp://x": want an http(s) URL`,
		`mutation { createWebhook(url: "https://b.example", secret: "short") { id } }`:                       "secret: use at least 16 characters; receivers verify signatures with it",
		`mutation { createWebhook(url: "https://b.example", secret: "0123456789abcdef", town: "x") { id } }`: `town: bad town id "x": want <chain id>-<address>`,
		`mutation { createWebhook(url: "https://b.example", secret: "0123456789abcdef", skill: 36) { id } }`: "skill 36 outside the taxonomy 0..35",
		// A NUL would fail the INSERT: refused as the String it came in.
		`mutation { createWebhook(url: "https://b.example", secret: "0123456789abcdef\u0000") { id } }`: `a String cannot contain the NUL character \u0000 (Postgres text cannot hold it)`,
	} {
		if msg := firstError(a.postAs(cfg.AdminToken, q)); msg != want {
			t.Errorf("%s: error %q, want %q", q, msg, want)
		}
	}

	res := a.postAs(cfg.AdminToken, create)
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	var created struct {
		CreateWebhook struct {
			ID, URL, Source string
			Town, Kind      *string
			Pending         int
		}
	}
	if err := json.Unmarshal(res.Data, &created); err != nil {
		t.Fatal(err)
	}
	w := created.CreateWebhook
	if w.ID == "" || w.URL != "https://bot.example/h" || w.Source != "api" || w.Town == nil || *w.Town != "137-0x00000000000000000000000000000000000000a1" || w.Kind == nil || *w.Kind != "LACK" {
		t.Fatalf("created %+v", w)
	}

	// A new LACK signal of townA enqueues a delivery in the same
	// transaction; mark it dead as the dispatcher would after its attempts.
	if _, err := a.st.Pool().Exec(t.Context(), `INSERT INTO signals (from_chain, from_address, skill, kind, chain_id, block, time, reason)
		VALUES (137, '\x00000000000000000000000000000000000000a1'::bytea, 3, 'LACK', 137, 9, 0, 'test')`); err != nil {
		t.Fatal(err)
	}
	if _, err := a.st.Pool().Exec(t.Context(), `UPDATE webhook_deliveries SET status = 'dead', attempts = 8, last_error = 'HTTP 500: down'`); err != nil {
		t.Fatal(err)
	}
	res = a.postAs(cfg.AdminToken, `{ webhooks { id dead } webhookDeliveries(status: DEAD) { webhookId status attempts lastError signal { id kind fromId skill { name } } } }`)
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	var listed struct {
		Webhooks []struct {
			ID   string
			Dead int
		}
		WebhookDeliveries []struct {
			WebhookID, Status string
			Attempts          int
			LastError         string
			Signal            struct {
				ID, Kind, FromID string
				Skill            struct{ Name string }
			}
		}
	}
	if err := json.Unmarshal(res.Data, &listed); err != nil {
		t.Fatal(err)
	}
	if len(listed.Webhooks) != 1 || listed.Webhooks[0].Dead != 1 || len(listed.WebhookDeliveries) != 1 {
		t.Fatalf("listed %s", res.Data)
	}
	d := listed.WebhookDeliveries[0]
	if d.WebhookID != w.ID || d.Status != "DEAD" || d.Attempts != 8 || d.LastError != "HTTP 500: down" ||
		d.Signal.Kind != "LACK" || d.Signal.FromID != "137-0x00000000000000000000000000000000000000a1" || d.Signal.Skill.Name == "" {
		t.Errorf("delivery %+v", d)
	}
	if strings.Contains(string(res.Data), "0123456789abcdef") {
		t.Error("a query shows the webhook's secret")
	}

	res = a.postAs(cfg.AdminToken, `mutation { redeliver(webhook: "`+w.ID+`") }`)
	if string(res.Data) != `{"redeliver":1}` {
		t.Errorf("redeliver: %s %v", res.Data, res.Errors)
	}
	res = a.postAs(cfg.AdminToken, `mutation { a: deleteWebhook(id: "`+w.ID+`") }`)
	if string(res.Data) != `{"a":true}` {
		t.Errorf("delete: %s %v", res.Data, res.Errors)
	}
	res = a.postAs(cfg.AdminToken, `mutation { a: deleteWebhook(id: "`+w.ID+`") }`)
	if string(res.Data) != `{"a":false}` {
		t.Errorf("delete again: %s %v", res.Data, res.Errors)
	}
}
