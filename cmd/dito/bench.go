package main

import (
	"fmt"
	"net/url"
	"time"

	"github.com/spf13/cobra"

	"github.com/distributedtown/dito-graph/api"
)

// newBenchCmd is `dito bench api`: a load generator operators point at
// their own deployment, sending the frontends' typical queries.
func newBenchCmd() *cobra.Command {
	c := &cobra.Command{Use: "bench", Short: "Measure a running DiTo Graph"}
	var (
		target   string
		clients  []int
		duration time.Duration
	)
	apiCmd := &cobra.Command{
		Use:     "api",
		Short:   "Load-test a GraphQL endpoint with typical frontend queries; prints p50/p99 latency and requests/s",
		Example: `  dito bench api --url http://127.0.0.1:8080/graphql --clients 1,50,200 --duration 10s`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if u, err := url.Parse(target); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return &usageError{fmt.Errorf("--url %q: want an http(s) GraphQL endpoint", target)}
			}
			if duration <= 0 {
				return &usageError{fmt.Errorf("--duration must be positive, got %s", duration)}
			}
			for _, n := range clients {
				if n < 1 {
					return &usageError{fmt.Errorf("--clients wants positive numbers, got %d", n)}
				}
				rep, err := api.LoadTest(cmd.Context(), api.LoadConfig{URL: target, Clients: n, Duration: duration})
				if err != nil {
					return fmt.Errorf("load test with %d clients: %w", n, err)
				}
				fmt.Fprintln(cmd.OutOrStdout(), rep)
				if rep.Errors > 0 {
					fmt.Fprintf(cmd.OutOrStdout(), "  first error: %s\n", rep.FirstError)
				}
			}
			return nil
		},
	}
	apiCmd.Flags().StringVar(&target, "url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint to load")
	apiCmd.Flags().IntSliceVar(&clients, "clients", []int{1, 50, 200}, "concurrent clients, one run per value")
	apiCmd.Flags().DurationVar(&duration, "duration", 10*time.Second, "length of each run")
	c.AddCommand(apiCmd)
	return c
}
