package devnet

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.yaml.in/yaml/v3"
)

// lockedBuffer lets the test read what Run writes from another goroutine.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// printedConfig is the part of a dito config file Run prints.
type printedConfig struct {
	Chains []struct {
		Name       string   `yaml:"name"`
		ChainID    uint64   `yaml:"chain_id"`
		RPC        []string `yaml:"rpc"`
		StartBlock uint64   `yaml:"start_block"`
		Contracts  struct {
			DistributedTown string `yaml:"distributed_town"`
			SkillWallet     string `yaml:"skill_wallet"`
			Projects        string `yaml:"projects"`
		} `yaml:"contracts"`
	} `yaml:"chains"`
}

// TestRunServesLiveChainsDescribedByItsConfig runs the devnet the way
// `dito devnet` does and checks, using only what it printed, that each
// chain answers JSON-RPC with the right chain id, keeps sealing blocks and
// has towns being created by the printed factory.
func TestRunServesLiveChainsDescribedByItsConfig(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	chains := DefaultChains(2)
	for i := range chains {
		chains[i].BlockTime = 100 * time.Millisecond
	}
	out := &lockedBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Chains: chains, Seed: 5, Sim: SimConfig{Rate: 40, Towns: 3, MembersPerTown: 5}}, out)
	}()

	var cfg printedConfig
	for deadline := time.Now().Add(20 * time.Second); len(cfg.Chains) < len(chains); {
		if time.Now().After(deadline) {
			t.Fatalf("no complete config printed; got:\n%s", out.String())
		}
		select {
		case err := <-done:
			t.Fatalf("Run returned early: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
		if s := out.String(); strings.Count(s, "projects:") == len(chains) {
			if err := yaml.Unmarshal([]byte(s), &cfg); err != nil {
				t.Fatalf("printed config is not YAML: %v\n%s", err, s)
			}
		}
	}

	for i, ch := range cfg.Chains {
		if ch.Name != chains[i].Name || ch.ChainID != chains[i].ChainID || len(ch.RPC) != 2 {
			t.Fatalf("chain %d printed as %+v", i, ch)
		}
		if !strings.HasPrefix(ch.RPC[0], "http://127.0.0.1:") || !strings.HasPrefix(ch.RPC[1], "ws://127.0.0.1:") {
			t.Errorf("chain %s rpc %v, want an http and a ws URL on 127.0.0.1", ch.Name, ch.RPC)
		}
		for _, url := range ch.RPC {
			client, err := ethclient.DialContext(ctx, url)
			if err != nil {
				t.Fatalf("dial %s: %v", url, err)
			}
			id, err := client.ChainID(ctx)
			if err != nil || id.Uint64() != ch.ChainID {
				t.Errorf("%s: chain id %v (%v), want %d", url, id, err, ch.ChainID)
			}
			client.Close()
		}
		client, err := ethclient.DialContext(ctx, ch.RPC[0])
		if err != nil {
			t.Fatal(err)
		}
		factory := common.HexToAddress(ch.Contracts.DistributedTown)
		var logs int
		for deadline := time.Now().Add(20 * time.Second); logs == 0; {
			if time.Now().After(deadline) {
				t.Fatalf("chain %s: no CommunityCreated from %s", ch.Name, factory)
			}
			time.Sleep(100 * time.Millisecond)
			head, err := client.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			found, err := client.FilterLogs(ctx, ethereum.FilterQuery{
				FromBlock: new(big.Int).SetUint64(ch.StartBlock), ToBlock: new(big.Int).SetUint64(head),
				Addresses: []common.Address{factory},
			})
			if err != nil {
				t.Fatal(err)
			}
			logs = len(found)
		}
		client.Close()
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run after cancel: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return after its context was cancelled")
	}
}
