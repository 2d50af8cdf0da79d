package api

import (
	"context"
	"net/http"
	"time"
)

// Healthz says the process is up; it touches nothing else. Processes
// without the API (`dito index`) serve it too.
func Healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ok\n"))
}

type chainReadiness struct {
	ID           uint64  `json:"id"`
	Name         string  `json:"name"`
	IndexedBlock *uint64 `json:"indexedBlock"`
	Head         *uint64 `json:"head"`
	LagBlocks    *int64  `json:"lagBlocks"`
	LagSeconds   *int64  `json:"lagSeconds"`
	// Status is "ok", "lagging" (beyond api.max_lag) or "not indexed"
	// (the node answered but nothing is indexed yet).
	Status string `json:"status"`
}

type readiness struct {
	Status   string           `json:"status"`
	MaxLag   string           `json:"maxLag,omitempty"`
	Database string           `json:"database"`
	Chains   []chainReadiness `json:"chains"`
}

// readyz says whether this process should get traffic: the database (each
// replica, when reading from replicas) must answer and every chain must be
// within the lag budget, so a load balancer skips a replica or a
// deployment that fell behind. The JSON says which check failed.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	out := readiness{Status: "ready", Database: "ok", Chains: []chainReadiness{}}
	chains, err := s.db.ChainStatuses(ctx)
	if err == nil {
		err = s.db.Ping(ctx)
	}
	if err != nil {
		s.log.Warn("readiness check failed", "err", err)
		out.Status, out.Database = "unavailable", "unreachable"
		writeJSON(w, http.StatusServiceUnavailable, out)
		return
	}
	budget := s.cfg.MaxLag
	if budget > 0 {
		out.MaxLag = budget.String()
	}
	status := http.StatusOK
	for _, c := range chains {
		cr := chainReadiness{ID: c.ID, Name: c.Name, Head: c.Head, Status: "ok"}
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
		case c.Indexed == nil && c.Head != nil:
			cr.Status = "not indexed"
		case cr.LagSeconds != nil && time.Duration(*cr.LagSeconds)*time.Second > budget:
			cr.Status = "lagging"
		}
		if cr.Status != "ok" {
			out.Status, status = "lagging", http.StatusServiceUnavailable
		}
		out.Chains = append(out.Chains, cr)
	}
	writeJSON(w, status, out)
}
