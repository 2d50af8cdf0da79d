package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Headers of a delivery.
const (
	// HeaderSignature carries "t=<unix seconds>,v1=<hex HMAC-SHA256>", the
	// MAC of "<t>.<body>" under the webhook's secret (Stripe's scheme: the
	// timestamp is signed so a captured request cannot be replayed later).
	HeaderSignature = "DiTo-Signature"
	// HeaderIdempotencyKey is the signal id: a receiver that saw it already
	// has handled this signal (deliveries are at least once).
	HeaderIdempotencyKey = "Idempotency-Key"
	// HeaderAttempt counts attempts of this delivery, from 1.
	HeaderAttempt = "DiTo-Delivery-Attempt"
	// HeaderWebhook is the id of the webhook the delivery is for.
	HeaderWebhook = "DiTo-Webhook-Id"
)

// DefaultTolerance is how old a signed timestamp Verify accepts by default.
const DefaultTolerance = 5 * time.Minute

// Errors Verify returns.
var (
	ErrBadHeader = errors.New("malformed " + HeaderSignature + " header")
	ErrTooOld    = errors.New("signature timestamp outside tolerance")
	ErrMismatch  = errors.New("signature does not match")
)

// Sign returns the HeaderSignature value for body sent at t.
func Sign(secret string, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + mac(secret, ts, body)
}

func mac(secret, ts string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts))
	m.Write([]byte{'.'})
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// Verify checks a delivery's HeaderSignature against its raw body: the MAC
// must match under secret and the timestamp be within tolerance of now (0:
// DefaultTolerance). Receivers must verify the bytes as received, before
// parsing them.
func Verify(secret, header string, body []byte, now time.Time, tolerance time.Duration) error {
	if tolerance <= 0 {
		tolerance = DefaultTolerance
	}
	var ts string
	var sigs []string
	for _, part := range strings.Split(header, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return ErrBadHeader
		}
		switch k {
		case "t":
			ts = v
		case "v1":
			sigs = append(sigs, v)
		}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || len(sigs) == 0 {
		return ErrBadHeader
	}
	if d := now.Sub(time.Unix(sec, 0)); d > tolerance || d < -tolerance {
		return fmt.Errorf("%w: signed %s ago", ErrTooOld, d.Round(time.Second))
	}
	want := mac(secret, ts, body)
	for _, s := range sigs {
		if hmac.Equal([]byte(s), []byte(want)) {
			return nil
		}
	}
	return ErrMismatch
}
