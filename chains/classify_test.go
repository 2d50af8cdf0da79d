package chains

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

func TestClassifySortsNodeErrors(t *testing.T) {
	for _, c := range []struct {
		err  error
		want error // nil: neither retryable nor a sentinel
	}{
		{errors.New("historical state 603dda6b19b8e9510c2744ef18b2f08d07f5503b66bc2676d4afef0b7beb9c1de is not available"), ErrStateUnavailable},
		{errors.New("missing trie node 4295029abc (path )"), ErrStateUnavailable},
		{errors.New("query returned more than 10000 results"), ErrRangeTooLarge},
		{rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}, errRetryable},
		{rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}, errRetryable},
		{errors.New("upstream answered 502 bad gateway"), errRetryable},
		{fmt.Errorf("post: %w", errors.New("context deadline exceeded")), errRetryable},
		// A hash full of digits that spell status codes is not a status.
		{errors.New("execution reverted: gig 0x4295025035040000 not found"), nil},
		{errors.New("invalid argument 0: hex string without 0x prefix"), nil},
		// Sorted already (a timed-out wide eth_getLogs is a range error):
		// the words of the wrapped cause must not re-sort it.
		{fmt.Errorf("%w: 80 blocks timed out: %w", ErrRangeTooLarge, errors.New("context deadline exceeded")), ErrRangeTooLarge},
		{fmt.Errorf("%w: connection reset by peer", ErrStateUnavailable), ErrStateUnavailable},
		// An EIP-1898 call at a block the node does not have (reorged away).
		{errors.New("header for hash not found"), ErrInconsistent},
		{errors.New("hash 0x12 is not currently canonical"), ErrInconsistent},
		// Refused batches, as geth, Erigon and a provider word them, and
		// as the geth client reports a batch answered with one object.
		{errors.New("batch too large"), errBatchTooLarge},
		{errors.New("batch limit 100 exceeded"), errBatchTooLarge},
		{errors.New("too many requests in batch: 1000 > 50"), errBatchTooLarge},
		{errors.New("json: cannot unmarshal object into Go value of type []*rpc.jsonrpcMessage"), errBatchTooLarge},
		// A batch answered without some of its requests.
		{rpc.ErrMissingBatchResponse, errRetryable},
	} {
		got := classify(c.err)
		for _, s := range []error{ErrStateUnavailable, ErrRangeTooLarge, errRetryable, ErrInconsistent, errBatchTooLarge} {
			if errors.Is(got, s) != (s == c.want) {
				t.Errorf("classify(%q) = %v; is %v: %v, want %v", c.err, got, s, errors.Is(got, s), s == c.want)
			}
		}
		if !strings.Contains(got.Error(), c.err.Error()) {
			t.Errorf("classify(%q) lost the original error: %v", c.err, got)
		}
	}
}
