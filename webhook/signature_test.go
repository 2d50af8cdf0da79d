package webhook

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestSignAndVerify(t *testing.T) {
	body := []byte(`{"id":"7","kind":"LACK"}`)
	now := time.Unix(1_700_000_000, 0)
	h := Sign("whsec", now, body)
	if !strings.HasPrefix(h, "t=1700000000,v1=") || len(h) != len("t=1700000000,v1=")+64 {
		t.Fatalf("header %q", h)
	}
	if err := Verify("whsec", h, body, now.Add(time.Minute), 0); err != nil {
		t.Fatalf("valid signature rejected: %v", err)
	}
	// A secret rotation may send several v1 values; any may match.
	if err := Verify("whsec", h+",v1=00", body, now, 0); err != nil {
		t.Errorf("extra v1 rejected: %v", err)
	}
	for name, c := range map[string]struct {
		secret, header string
		body           []byte
		at             time.Time
		want           error
	}{
		"tampered body":   {"whsec", h, []byte(`{"id":"8","kind":"LACK"}`), now, ErrMismatch},
		"wrong secret":    {"other", h, body, now, ErrMismatch},
		"replayed later":  {"whsec", h, body, now.Add(10 * time.Minute), ErrTooOld},
		"from the future": {"whsec", h, body, now.Add(-10 * time.Minute), ErrTooOld},
		"no v1":           {"whsec", "t=1700000000", body, now, ErrBadHeader},
		"no timestamp":    {"whsec", "v1=abc", body, now, ErrBadHeader},
		"garbage":         {"whsec", "sha256=abc", body, now, ErrBadHeader},
		"empty":           {"whsec", "", body, now, ErrBadHeader},
	} {
		if err := Verify(c.secret, c.header, c.body, c.at, 0); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
}
