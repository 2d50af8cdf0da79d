package devnet

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

const (
	// blockGasLimit is far above mainnet's so bulk mode can pack thousands
	// of transactions per block; the simulator keeps each block's gas
	// under half of it so the base fee never climbs.
	blockGasLimit = 2_000_000_000
	// stateHistory is how many blocks back state can be rewound to, which
	// bounds reorg depth; more only costs memory.
	stateHistory = 512
	// rpcHost is the only interface the devnet listens on.
	rpcHost = "127.0.0.1"
)

// rpcModules are served over HTTP and WS: enough for an indexer.
var rpcModules = []string{"eth", "net", "web3"}

// startBackend starts a simulated chain serving JSON-RPC on the given
// ports (0 = pick free ones). go-ethereum offers no way to learn a port the
// node picked itself, so free ports are chosen here first; if another
// process takes one in between, a new pair is tried.
func startBackend(spec ChainSpec, alloc types.GenesisAlloc) (b *simulated.Backend, httpPort, wsPort int, err error) {
	const attempts = 4
	for try := 0; try < attempts; try++ {
		httpPort, wsPort = spec.HTTPPort, spec.WSPort
		if httpPort == 0 {
			if httpPort, err = freePort(); err != nil {
				return nil, 0, 0, err
			}
		}
		if wsPort == 0 {
			if wsPort, err = freePort(); err != nil {
				return nil, 0, 0, err
			}
		}
		b, err = newBackend(spec, alloc, httpPort, wsPort)
		if err == nil {
			return b, httpPort, wsPort, nil
		}
		if spec.HTTPPort != 0 && spec.WSPort != 0 {
			break // fixed ports: retrying cannot help
		}
	}
	return nil, 0, 0, fmt.Errorf("chain %q (%d): start simulated backend: %w", spec.Name, spec.ChainID, err)
}

// newBackend wraps simulated.NewBackend, which panics when the node cannot
// start (for example a port in use); that panic is turned into an error.
func newBackend(spec ChainSpec, alloc types.GenesisAlloc, httpPort, wsPort int) (b *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ports %d/%d: %v", httpPort, wsPort, r)
		}
	}()
	b = simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = rpcHost, httpPort
		nc.HTTPModules = rpcModules
		nc.HTTPCors = []string{"*"}
		nc.WSHost, nc.WSPort = rpcHost, wsPort
		nc.WSModules = rpcModules
		nc.WSOrigins = []string{"*"}

		cfg := *ec.Genesis.Config
		cfg.ChainID = new(big.Int).SetUint64(spec.ChainID)
		// Stop at Osaka, the newest fork live on mainnet: the dev preset
		// also enables unreleased forks whose gas schedule and block
		// format production chains do not have.
		cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
		ec.Genesis.Config = &cfg
		ec.NetworkId = spec.ChainID
		ec.Genesis.GasLimit = blockGasLimit
		ec.Miner.GasCeil = blockGasLimit
		// Build each block in one pass: an interrupted build would leave
		// transactions behind and break the simulator's in-block order.
		ec.Miner.Recommit = time.Minute
		ec.NoPrefetch = true
		// The chain lives in memory anyway; big caches would only multiply
		// the footprint of a long bulk history across chains.
		ec.TrieCleanCache, ec.TrieDirtyCache, ec.SnapshotCache = 16, 32, 16
		ec.StateHistory = stateHistory
		ec.TxPool.AccountSlots = 1 << 16
		ec.TxPool.AccountQueue = 1 << 16
		ec.TxPool.GlobalSlots = 1 << 20
		ec.TxPool.GlobalQueue = 1 << 16
	})
	if b == nil {
		return nil, errors.New("simulated backend not created")
	}
	return b, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(rpcHost, "0"))
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	addr, ok := l.Addr().(*net.TCPAddr)
	if !ok {
		return 0, fmt.Errorf("find a free port: unexpected address %s", l.Addr())
	}
	return addr.Port, nil
}
