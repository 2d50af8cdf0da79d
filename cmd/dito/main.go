// Command dito indexes DistributedTown's contracts on several chains into
// Postgres, derives the skill graph between towns and serves it over GraphQL.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/distributedtown/dito-graph/config"
)

// Exit codes: 1 for failures while running, 2 for bad input (config, flags).
const (
	exitFailure  = 1
	exitBadInput = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd().ExecuteContext(ctx)
	stop()
	os.Exit(exitCode(err))
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	fmt.Fprintln(os.Stderr, "dito:", err)
	var cfgErr *config.Error
	var usageErr *usageError
	if errors.As(err, &cfgErr) || errors.As(err, &usageErr) {
		return exitBadInput
	}
	return exitFailure
}

// usageError marks a wrong command line (unknown flag, bad argument).
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }
