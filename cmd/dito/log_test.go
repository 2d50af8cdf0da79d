package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/distributedtown/dito-graph/config"
)

// TestLogFormatFollowsTheTerminal: "auto" logs text to a terminal and JSON
// to anything else; "text" and "json" are what they say either way.
func TestLogFormatFollowsTheTerminal(t *testing.T) {
	for _, c := range []struct {
		format   string
		tty      bool
		wantJSON bool
	}{
		{"auto", true, false},
		{"auto", false, true},
		{"text", false, false},
		{"text", true, false},
		{"json", true, true},
		{"json", false, true},
	} {
		var buf bytes.Buffer
		newLoggerTo(config.Log{Level: "info", Format: c.format}, &buf, c.tty).Info("serving", "graphql", "http://127.0.0.1:8080/graphql")
		line := strings.TrimSpace(buf.String())
		var rec map[string]any
		isJSON := json.Unmarshal([]byte(line), &rec) == nil
		if isJSON != c.wantJSON {
			t.Errorf("format %s, terminal %v: %q, want JSON %v", c.format, c.tty, line, c.wantJSON)
		}
		if !c.wantJSON && !strings.Contains(line, `level=INFO msg=serving graphql=http://127.0.0.1:8080/graphql`) {
			t.Errorf("format %s, terminal %v: %q is not slog's text", c.format, c.tty, line)
		}
	}
}

// TestTerminalIsATTYOnly: a pseudo-terminal is one; /dev/null (a character
// device too), a pipe, a file and any non-file writer are not.
func TestTerminalIsATTYOnly(t *testing.T) {
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	defer ptmx.Close()
	if terminal(ptmx) != ptmx {
		t.Error("a pseudo-terminal is not taken for a terminal")
	}
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devNull.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	file, err := os.Create(t.TempDir() + "/log")
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	for name, f := range map[string]*os.File{"/dev/null": devNull, "a pipe": w, "a file": file} {
		if terminal(f) != nil {
			t.Errorf("%s is taken for a terminal", name)
		}
	}
	if terminal(&bytes.Buffer{}) != nil {
		t.Error("a buffer is taken for a terminal")
	}
}
