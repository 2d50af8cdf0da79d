package api

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/distributedtown/dito-graph/store"
)

// Healthz says the process is up, as JSON ({"status":"up"}); it touches
// nothing else, so a slow database never fails a liveness probe.
// Processes without the API (`dito index`) serve it too.
func Healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "up"})
}

type chainReadiness struct {
	ID           uint64  `json:"id"`
	Name         string  `json:"name"`
	IndexedBlock *uint64 `json:"indexedBlock"`
	Head         *uint64 `json:"head"`
	LagBlocks    *int64  `json:"lagBlocks"`
	LagSeconds   *int64  `json:"lagSeconds"`
	// SecondsSinceUpdate is how long ago an indexer last recorded the
	// chain's head (or applied a batch).
	SecondsSinceUpdate int64 `json:"secondsSinceUpdate"`
	// Status is "ok", "lagging" (beyond api.max_lag of its head), "stalled"
	// (no indexer recorded the head for longer than api.max_lag: the head
	// it stored, and so the lag, are stale) or "not indexed" (the node
	// answered but nothing is indexed yet).
	Status string `json:"status"`
}

type readiness struct {
	// Status is "ready", "unavailable" (the database does not answer),
	// "stalled" (some chain is) or "lagging" (some chain lags or is not
	// indexed yet).
	Status   string           `json:"status"`
	MaxLag   string           `json:"maxLag,omitempty"`
	Database string           `json:"database"`
	Chains   []chainReadiness `json:"chains"`
}

// Readiness answers /readyz over a store: 200 when the database (each
// replica, when reading from replicas) answers and every chain is within
// maxLag (0: no budget), 503 otherwise; the JSON says which check failed.
// Server serves it; `dito index` mounts it on its own mux.
func Readiness(st *store.Store, maxLag time.Duration, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { readyz(w, r, st, maxLag, log) })
}

// readyz says whether this process should get traffic, so that a load
// balancer skips a replica or a deployment that fell behind. Lag is
// measured against the head the indexers store; if they all died that
// head would stay put and the lag look fine, so a chain whose row no
// indexer updated within the budget is not ready either.
func readyz(w http.ResponseWriter, r *http.Request, st *store.Store, budget time.Duration, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	out := readiness{Status: "ready", Database: "ok", Chains: []chainReadiness{}}
	chains, err := st.ChainStatuses(ctx)
	if err == nil {
		err = st.Ping(ctx)
	}
	if err != nil {
		log.Warn("readiness check failed", "err", err)
		out.Status, out.Database = "unavailable", "unreachable"
		writeJSON(w, http.StatusServiceUnavailable, out)
		return
	}
	if budget > 0 {
		out.MaxLag = budget.String()
	}
	status := http.StatusOK
	for _, c := range chains {
		cr := chainReadiness{ID: c.ID, Name: c.Name, Head: c.Head, Status: "ok",
			SecondsSinceUpdate: int64(c.SinceUpdate / time.Second)}
		if c.Indexed != nil {
			n := c.Indexed.Number
			cr.IndexedBlock = &n
			if c.Head != nil {
				lag := int64(*c.Head) - int64(n)
				cr.LagBlocks = &lag
			}
			if c.HeadTime != nil {
				lag := int64(*c.HeadTime) - int64(c.Indexed.Time)
				cr.LagSeconds = &lag
			}
		}
		switch {
		case budget <= 0:
		case c.SinceUpdate > budget:
			cr.Status = "stalled"
		case c.Indexed == nil && c.Head != nil:
			cr.Status = "not indexed"
		case cr.LagSeconds != nil && time.Duration(*cr.LagSeconds)*time.Second > budget:
			cr.Status = "lagging"
		}
		switch {
		case cr.Status == "stalled":
			out.Status, status = "stalled", http.StatusServiceUnavailable
		case cr.Status != "ok" && out.Status != "stalled":
			out.Status, status = "lagging", http.StatusServiceUnavailable
		}
		out.Chains = append(out.Chains, cr)
	}
	writeJSON(w, status, out)
}
