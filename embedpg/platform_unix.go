//go:build unix

package embedpg

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

func signalProcess(p *os.Process, sig syscall.Signal) error { return p.Signal(sig) }

// killGroup kills the process group led by pid: a postmaster and any
// backends it left behind.
func killGroup(pid int) error { return syscall.Kill(-pid, syscall.SIGKILL) }

// signalZero reports whether pid exists by sending it signal 0 (EPERM: it
// does, as another user). A zombie counts as existing.
func signalZero(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// lockDir takes an exclusive flock on dir, waiting while another process
// holds it, so two dito processes starting on one new data dir do not build
// a cluster in it at the same time (postgres' own postmaster.pid lock only
// exists once a server runs). The lock ends with the returned func or the
// process.
func lockDir(ctx context.Context, dir string, timeout time.Duration) (unlock func(), err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("open data dir %s to lock it: %w", dir, err)
	}
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { _ = f.Close() }, nil // closing releases the lock
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			_ = f.Close()
			return nil, fmt.Errorf("lock data dir %s: %w", dir, err)
		}
		if time.Now().After(deadline) {
			_ = f.Close()
			return nil, fmt.Errorf("%w: another process has been setting up %s for %s", ErrDataDirInUse, dir, timeout)
		}
		select {
		case <-ctx.Done():
			_ = f.Close()
			return nil, fmt.Errorf("wait for another process setting up data dir %s: %w", dir, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}
