//go:build unix

package pgtest

import (
	"errors"
	"syscall"
)

// processAlive reports whether pid exists (EPERM: it does, as another user).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
