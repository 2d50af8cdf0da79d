package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// ChannelReorgs carries {"chain":1,"ancestor":9} after a rollback.
const ChannelReorgs = "dito_reorgs"

// Listen subscribes to the given notification channels on one dedicated
// connection and calls fn for every notification until ctx ends or the
// connection fails. onReady, when not nil, is called once the LISTENs are
// in place, so callers can read the current state without missing a change.
func (s *Store) Listen(ctx context.Context, channels []string, onReady func(), fn func(channel, payload string)) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("listen: acquire connection: %w", err)
	}
	// A connection that ran LISTEN must not go back to the pool.
	pc := conn.Hijack()
	defer pc.Close(context.WithoutCancel(ctx))
	for _, ch := range channels {
		if _, err := pc.Exec(ctx, "LISTEN "+pgx.Identifier{ch}.Sanitize()); err != nil {
			return fmt.Errorf("listen %s: %w", ch, err)
		}
	}
	if onReady != nil {
		onReady()
	}
	for {
		n, err := pc.WaitForNotification(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("wait for notification: %w", err)
		}
		fn(n.Channel, n.Payload)
	}
}
