package graph

import (
	"context"
	"sync"
)

// parallelFor runs fn over [0, n) split into contiguous chunks, one
// goroutine per worker. Every index writes only its own outputs, so the
// result does not depend on the number of workers or on scheduling. The
// context is checked between chunks.
func parallelFor(ctx context.Context, workers, n int, fn func(worker, lo, hi int)) error {
	if n == 0 {
		return ctx.Err()
	}
	workers = max(1, min(workers, n))
	// Chunks are small enough to balance uneven towns and large enough that
	// the atomic-free hand-out below stays cheap.
	chunk := max(64, n/(workers*16))
	var (
		mu   sync.Mutex
		next int
		wg   sync.WaitGroup
	)
	take := func() (int, int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if next >= n || ctx.Err() != nil {
			return 0, 0, false
		}
		lo := next
		next = min(n, next+chunk)
		return lo, next, true
	}
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo, hi, ok := take()
				if !ok {
					return
				}
				fn(w, lo, hi)
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}
