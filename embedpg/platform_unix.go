//go:build unix

package embedpg

import (
	"errors"
	"os"
	"syscall"
)

func signalProcess(p *os.Process, sig syscall.Signal) error { return p.Signal(sig) }

// killGroup kills the process group led by pid: a postmaster and any
// backends it left behind.
func killGroup(pid int) error { return syscall.Kill(-pid, syscall.SIGKILL) }

// processAlive reports whether pid exists (EPERM: it does, as another user).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
