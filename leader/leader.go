// Package leader runs work that only one process at a time may do, such as
// indexing a chain, elected through the database itself: whoever holds a
// Postgres advisory lock does the work, the others wait and take over
// within a retry interval once the holder's session ends. That is at once
// when the holder's process dies (its socket closes), and within
// store.LockDeadPeer when its whole host vanishes (TCP keepalives on the
// lock's session); see docs/scaling.md for the worst case.
package leader

import (
	"cmp"
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/distributedtown/dito-graph/store"
)

// Locker takes named exclusive locks; *store.Store is one.
type Locker interface {
	TryLock(ctx context.Context, name string) (*store.Lock, error)
}

// Options tunes an election; zero values take the defaults.
type Options struct {
	// Retry is how often a follower tries to take the lock (default 1s);
	// it bounds how long a dead leader's work stays undone.
	Retry time.Duration
	// Check is how often the leader verifies its lock session (default
	// 1s); a leader that lost it stops within this time.
	Check time.Duration
	// CheckTimeout bounds one check (default 3s).
	CheckTimeout time.Duration
}

// errLost is the cause set on a term's context when its lock session dies.
var errLost = errors.New("leadership lost")

// Run campaigns for the lock called name and runs work while holding it,
// until ctx ends. Each term calls work with a context that is cancelled
// when leadership is lost, after which Run campaigns again, so work must
// start from the database's state rather than from memory. An error from
// work ends Run, after releasing the lock.
func Run(ctx context.Context, l Locker, name string, opts Options, log *slog.Logger, work func(context.Context) error) error {
	opts.Retry = cmp.Or(opts.Retry, time.Second)
	opts.Check = cmp.Or(opts.Check, time.Second)
	opts.CheckTimeout = cmp.Or(opts.CheckTimeout, 3*time.Second)
	log = log.With("role", name)
	waiting := false
	for {
		lock, err := l.TryLock(ctx, name)
		switch {
		case ctx.Err() != nil:
			return nil
		case err != nil:
			log.Warn("cannot campaign for leadership; retrying", "err", err, "in", opts.Retry)
		case lock == nil:
			if !waiting {
				log.Info("another process leads; standing by")
				waiting = true
			}
		default:
			waiting = false
			log.Info("leading")
			err := term(ctx, lock, opts, work)
			if errors.Is(err, errLost) {
				log.Warn("lost leadership; campaigning again", "err", err)
				break
			}
			if err != nil || ctx.Err() != nil {
				return err
			}
		}
		t := time.NewTimer(opts.Retry)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// term runs work while the lock holds. It returns an error wrapping errLost
// when the lock's session died, work's error otherwise.
func term(ctx context.Context, lock *store.Lock, opts Options, work func(context.Context) error) error {
	defer lock.Release()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(opts.Check)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				cctx, ccancel := context.WithTimeout(ctx, opts.CheckTimeout)
				err := lock.Check(cctx)
				ccancel()
				if err != nil && ctx.Err() == nil {
					cancel(errors.Join(errLost, err))
					return
				}
			}
		}
	}()
	err := work(ctx)
	close(done)
	if cause := context.Cause(ctx); errors.Is(cause, errLost) {
		return cause
	}
	return err
}
