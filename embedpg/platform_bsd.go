//go:build unix && !linux

package embedpg

import (
	"errors"
	"syscall"
)

// procAttr: as on Linux, minus Pdeathsig, which these systems lack; a
// SIGKILLed parent leaves postgres running until it is stopped by hand.
func procAttr(acct *account) *syscall.SysProcAttr {
	attr := &syscall.SysProcAttr{Setpgid: true}
	if acct != nil {
		attr.Credential = acct.credential()
	}
	return attr
}

func processCwd(int) (string, error) { return "", errors.ErrUnsupported }

// processAlive: these systems offer no cheap way to tell a zombie, so a
// zombie counts as alive (and postgres will refuse its stale lock file).
func processAlive(pid int) bool { return signalZero(pid) }

func readACL(_ string, mode uint32) (aclEntries, error) { return aclFromMode(mode), nil }

func grantSearch(string, uint32) error { return errors.ErrUnsupported }
