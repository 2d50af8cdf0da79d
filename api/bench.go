package api

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// LoadConfig describes one load run against a running API (`dito bench api`).
type LoadConfig struct {
	// URL is a GraphQL endpoint, e.g. http://127.0.0.1:8080/graphql.
	URL string
	// Clients is the number of concurrent clients (default 1).
	Clients int
	// Duration of the run (default 10s); Requests, when set, stops the run
	// after that many requests instead.
	Duration time.Duration
	Requests int
	// Queries are sent round-robin; default TypicalQueries.
	Queries []string
	// Client defaults to one with keep-alive connections for every client.
	Client *http.Client
}

// LoadReport is what a load run measured.
type LoadReport struct {
	Clients   int
	Requests  int
	Errors    int
	Elapsed   time.Duration
	PerSecond float64
	P50, P99  time.Duration
	Max       time.Duration
	// FirstError is an example of what failed, if anything did.
	FirstError string
}

func (r LoadReport) String() string {
	return fmt.Sprintf("%d clients: %d requests in %s (%.0f req/s), p50 %s, p99 %s, max %s, %d errors",
		r.Clients, r.Requests, r.Elapsed.Round(time.Millisecond), r.PerSecond,
		r.P50.Round(10*time.Microsecond), r.P99.Round(10*time.Microsecond), r.Max.Round(10*time.Microsecond), r.Errors)
}

// TypicalQueries are what the DiTo frontends ask most: the town directory,
// a town page, a member's wallet, the skill graph around a town, the
// signal feed and the sync status. They work on the multi-chain endpoint
// of any populated database.
var TypicalQueries = []string{
	`{ towns(first: 20, orderBy: membersCount, orderDirection: desc) {
	     id address membersCount createdAt creator { id } scarcity { score volatile } } }`,
	`{ towns(first: 1, orderBy: createdAt, orderDirection: desc) {
	     id metadataUri treasury membersCount
	     members(first: 25) { id ditoCredits skillWallet { id skills { skill { name category } level } } }
	     gigs(first: 10, where: {status_in: [OPEN, TAKEN]}) { id status credits creator { id } }
	     projects(first: 5) { id template } } }`,
	`{ skillWallets(first: 25, where: {activated: true}, orderBy: createdAt, orderDirection: desc) {
	     id owner { id } activeCommunity { id membersCount } skills { skill { id name } level } } }`,
	`{ towns(first: 5, where: {membersCount_gte: 2}) {
	     id neighbours(first: 5) { weight probability town { id membersCount } }
	     scarcity { score variety lacks { name } excesses { name } } } }`,
	`{ signals(first: 50, after: "0", where: {kind_in: [LACK, EXCESS]}) {
	     id kind probability skill { name } from { id } to { id } } }`,
	`{ creditTransfers(first: 20, orderBy: block, orderDirection: desc) { id kind amount from to town { id } } }`,
	`{ _meta { block { number hash } } chains { id name lag } }`,
}

// LoadTest sends queries from cfg.Clients concurrent clients and measures
// latency. A request counts as an error when it fails, answers non-200 or
// carries GraphQL errors.
func LoadTest(ctx context.Context, cfg LoadConfig) (LoadReport, error) {
	if cfg.URL == "" {
		return LoadReport{}, errors.New("load test: no URL")
	}
	cfg.Clients = max(cfg.Clients, 1)
	cfg.Duration = cmp.Or(cfg.Duration, 10*time.Second)
	if len(cfg.Queries) == 0 {
		cfg.Queries = TypicalQueries
	}
	client := cfg.Client
	if client == nil {
		client = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients, MaxConnsPerHost: cfg.Clients}}
	}
	bodies := make([][]byte, len(cfg.Queries))
	for i, q := range cfg.Queries {
		bodies[i], _ = json.Marshal(map[string]string{"query": q})
	}
	runCtx, cancel := context.WithTimeout(ctx, cfg.Duration)
	if cfg.Requests > 0 {
		cancel()
		runCtx, cancel = context.WithCancel(ctx)
	}
	defer cancel()

	var (
		issued   atomic.Int64
		mu       sync.Mutex
		lat      []time.Duration
		errCount int
		firstErr string
		wg       sync.WaitGroup
	)
	start := time.Now()
	for c := range cfg.Clients {
		wg.Go(func() {
			var mine []time.Duration
			var bad int
			var example string
			for i := c; runCtx.Err() == nil; i++ {
				if cfg.Requests > 0 && issued.Add(1) > int64(cfg.Requests) {
					break
				}
				t0 := time.Now()
				err := oneRequest(runCtx, client, cfg.URL, bodies[i%len(bodies)])
				if runCtx.Err() != nil && cfg.Requests == 0 {
					break // cut off by the end of the run, not a failure
				}
				mine = append(mine, time.Since(t0))
				if err != nil {
					bad++
					if example == "" {
						example = err.Error()
					}
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			errCount += bad
			if firstErr == "" {
				firstErr = example
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	rep := LoadReport{Clients: cfg.Clients, Requests: len(lat), Errors: errCount, Elapsed: elapsed, FirstError: firstErr}
	if len(lat) > 0 {
		slices.Sort(lat)
		rep.P50, rep.P99, rep.Max = percentile(lat, 0.50), percentile(lat, 0.99), lat[len(lat)-1]
		rep.PerSecond = float64(len(lat)) / elapsed.Seconds()
	}
	return rep, nil
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	i := int(float64(len(sorted)-1) * p)
	return sorted[i]
}

func oneRequest(ctx context.Context, client *http.Client, url string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d: %.200s", resp.StatusCode, raw)
	}
	var out struct {
		Errors []struct{ Message string } `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return fmt.Errorf("decode response: %w", err)
	}
	if len(out.Errors) > 0 {
		return fmt.Errorf("graphql error: %s", out.Errors[0].Message)
	}
	return nil
}
