//go:build !unix

package embedpg

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"syscall"
	"time"
)

// Postgres on non-unix systems is not supported by embedpg: dito there needs
// database.url.

type account struct{}

func runAccount(string) (*account, error) {
	return nil, fmt.Errorf("embedded Postgres is not supported on this system: %w; set database.url", errors.ErrUnsupported)
}

func (*account) own(string) error                           { return errors.ErrUnsupported }
func (*account) ensureReachable(string, *slog.Logger) error { return errors.ErrUnsupported }

func procAttr(*account) *syscall.SysProcAttr { return nil }

func signalProcess(p *os.Process, _ syscall.Signal) error { return p.Kill() }
func killGroup(int) error                                 { return errors.ErrUnsupported }
func processAlive(int) bool                               { return false }
func processCwd(int) (string, error)                      { return "", errors.ErrUnsupported }

func lockDir(context.Context, string, time.Duration) (func(), error) { return func() {}, nil }
