package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
)

// Contracts are the root addresses of the suite on one chain, as a
// production chain config lists them, plus the helper factories.
type Contracts struct {
	DistributedTown common.Address
	SkillWallet     common.Address
	Projects        common.Address

	CommunityFactory common.Address
	CreditFactory    common.Address
	GigsFactory      common.Address
}

// Chain is one running devnet chain.
type Chain struct {
	Name    string
	ChainID uint64
	HTTPURL string
	WSURL   string
	// Contracts were deployed in block StartBlock, the first block worth
	// indexing.
	Contracts  Contracts
	StartBlock uint64
	// SkillWalletV2 says which SkillWallet variant is deployed.
	SkillWalletV2 bool

	backend  *simulated.Backend
	client   simulated.Client
	suite    *suite
	signer   types.Signer
	deployer *account
	users    []*account

	// mu serialises block production: filling and sealing a block, and
	// reorgs. Whoever holds it is the only sender of transactions.
	mu sync.Mutex
	// generation counts reorgs; a simulator re-reads the chain when it
	// changes. Guarded by mu.
	generation uint64
	// fill, when a Simulator drives the chain, sends the transactions of
	// each block of a reorg's new branch. Guarded by mu.
	fill func(ctx context.Context, b *blockBuilder) error
}

// Backend is the simulated chain, for tests that drive it directly.
func (c *Chain) Backend() *simulated.Backend { return c.backend }

// Client talks to the chain in-process, without JSON-RPC over a socket.
func (c *Chain) Client() simulated.Client { return c.client }

// Head returns the current head header.
func (c *Chain) Head(ctx context.Context) (*types.Header, error) {
	h, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain %s: read head: %w", c.Name, err)
	}
	return h, nil
}

// Commit seals one block with whatever is pending (usually nothing).
func (c *Chain) Commit(ctx context.Context) (common.Hash, error) {
	res, err := c.block(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	return res.Head, nil
}

// BlockResult is what sealing one block of transactions produced.
type BlockResult struct {
	// Head is the hash of the last block sealed (usually the only one).
	Head common.Hash
	// Txs is how many transactions were sent and sealed.
	Txs int
	// Logs counts the logs those transactions emitted.
	Logs int
	// Silent counts sent transactions that emitted no log. Every simulated
	// call logs when it succeeds, so for the simulator these reverted.
	Silent int
	// OutOfOrder is set if the transactions did not land in one block in
	// sending order (never expected; a simulator re-reads the chain then).
	OutOfOrder bool
	// Receipts of the transactions in sending order, only when the
	// builder asked for them (they cost a sender recovery each).
	Receipts []*types.Receipt
}

// block seals a block holding the transactions fill sends. fill runs with
// the chain locked and may be nil.
func (c *Chain) block(ctx context.Context, fill func(ctx context.Context, b *blockBuilder) error) (BlockResult, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sealLocked(ctx, fill)
}

func (c *Chain) sealLocked(ctx context.Context, fill func(ctx context.Context, b *blockBuilder) error) (BlockResult, error) {
	b := &blockBuilder{chain: c}
	var fillErr error
	if fill != nil {
		fillErr = fill(ctx, b)
	}
	// Once sent, transactions must be sealed even if ctx ends now: the
	// simulator has already counted them as done, and leftovers would land
	// out of order in a later block. Sealing takes milliseconds.
	sealCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sealTimeout)
	defer cancel()
	res, err := c.sealUntilIncluded(sealCtx, b)
	if err != nil {
		// The pool and the simulator's picture can no longer be trusted:
		// drop what is pending and make the simulator re-read the chain.
		c.backend.Rollback()
		c.generation++
	}
	if fillErr != nil || err != nil {
		return BlockResult{}, errors.Join(fillErr, err)
	}
	return res, nil
}

// sealTimeout bounds sealing one block, however large.
const sealTimeout = time.Minute

// sealUntilIncluded commits blocks until every transaction of b is in one.
// Normally that takes one block: only the holder of c.mu sends, and
// awaitPromotion makes sure the pool offers all of b to the miner.
func (c *Chain) sealUntilIncluded(ctx context.Context, b *blockBuilder) (BlockResult, error) {
	const maxBlocks = 16
	prev, err := c.Head(ctx)
	if err != nil {
		return BlockResult{}, err
	}
	var blocks []common.Hash
	sealed := 0
	for len(blocks) < maxBlocks {
		if err := ctx.Err(); err != nil {
			return BlockResult{}, err
		}
		if err := b.awaitPromotion(ctx); err != nil {
			return BlockResult{}, err
		}
		if hash := c.backend.Commit(); hash == prev.Hash() {
			return BlockResult{}, fmt.Errorf("chain %s: sealing on top of block %d failed", c.Name, prev.Number)
		}
		if prev, err = c.Head(ctx); err != nil {
			return BlockResult{}, err
		}
		blocks = append(blocks, prev.Hash())
		n, err := c.client.TransactionCount(ctx, prev.Hash())
		if err != nil {
			return BlockResult{}, fmt.Errorf("chain %s: transactions of block %d: %w", c.Name, prev.Number, err)
		}
		if sealed += int(n); sealed >= len(b.txs) {
			break
		}
	}
	if sealed < len(b.txs) {
		return BlockResult{}, fmt.Errorf("chain %s: %d of %d transactions sealed after %d blocks", c.Name, sealed, len(b.txs), maxBlocks)
	}
	// More transactions than sent means someone else's got in: the block
	// is not what the sender planned either.
	res := BlockResult{Head: prev.Hash(), Txs: len(b.txs), OutOfOrder: len(blocks) > 1 || sealed > len(b.txs)}
	if len(b.txs) == 0 {
		return res, nil
	}
	if b.wantReceipts {
		return c.withReceipts(ctx, b, blocks, res)
	}
	// Logs carry the transaction hash and index, which is all it takes to
	// check order and success without the receipts' sender recoveries.
	first := map[common.Hash]uint{}
	logged := map[common.Hash]bool{}
	for _, h := range blocks {
		logs, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &h})
		if err != nil {
			return BlockResult{}, fmt.Errorf("chain %s: logs of block %s: %w", c.Name, h, err)
		}
		res.Logs += len(logs)
		for _, l := range logs {
			if !logged[l.TxHash] {
				logged[l.TxHash], first[l.TxHash] = true, l.TxIndex
			}
		}
	}
	for i, tx := range b.txs {
		switch idx, ok := first[tx.Hash()]; {
		case !ok:
			res.Silent++
		case idx != uint(i):
			res.OutOfOrder = true
		}
	}
	return res, nil
}

func (c *Chain) withReceipts(ctx context.Context, b *blockBuilder, blocks []common.Hash, res BlockResult) (BlockResult, error) {
	byHash := make(map[common.Hash]*types.Receipt, len(b.txs))
	for _, h := range blocks {
		receipts, err := c.blockReceipts(ctx, h)
		if err != nil {
			return BlockResult{}, err
		}
		for _, r := range receipts {
			byHash[r.TxHash] = r
		}
	}
	res.Receipts = make([]*types.Receipt, len(b.txs))
	for i, tx := range b.txs {
		r, ok := byHash[tx.Hash()]
		if !ok {
			return BlockResult{}, fmt.Errorf("chain %s: no receipt for sealed transaction %s", c.Name, tx.Hash())
		}
		res.Receipts[i] = r
		res.Logs += len(r.Logs)
		if len(r.Logs) == 0 {
			res.Silent++
		}
		if i > 0 {
			if p := res.Receipts[i-1]; p.BlockHash != r.BlockHash || p.TransactionIndex >= r.TransactionIndex {
				res.OutOfOrder = true
			}
		}
	}
	return res, nil
}

type blockReceiptsReader interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

func (c *Chain) blockReceipts(ctx context.Context, hash common.Hash) ([]*types.Receipt, error) {
	r, ok := c.client.(blockReceiptsReader)
	if !ok {
		return nil, fmt.Errorf("chain %s: client cannot read block receipts", c.Name)
	}
	receipts, err := r.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, false))
	if err != nil {
		return nil, fmt.Errorf("chain %s: receipts of block %s: %w", c.Name, hash, err)
	}
	return receipts, nil
}

// blockBuilder sends the transactions of the block being filled. It only
// exists while its chain is locked.
type blockBuilder struct {
	chain *Chain
	txs   []*types.Transaction
	gas   uint64
	// wantReceipts makes the BlockResult carry receipts.
	wantReceipts bool
	// senders of txs, in first-send order.
	senders []*account
	sending map[*account]bool
}

const (
	// maxTxsPerBlock bounds a block's transactions; it keeps the block far
	// below the protocol's size cap and sets the tip ladder below.
	maxTxsPerBlock = 4096
	// blockGasBudget keeps a block at or under the EIP-1559 target.
	blockGasBudget = blockGasLimit / 2
	gwei           = 1_000_000_000
	maxFeePerGas   = 100 * gwei
)

// room reports whether a transaction with this gas limit still fits.
func (b *blockBuilder) room(gas uint64) bool {
	return len(b.txs) < maxTxsPerBlock && b.gas+gas <= blockGasBudget
}

// send signs and submits a call from an account. Transactions get strictly
// decreasing tips in sending order, so the miner, which orders by tip,
// seals them exactly in the order they were sent even across senders —
// what makes a block's effects predictable.
func (b *blockBuilder) send(ctx context.Context, from *account, to *common.Address, data []byte, gas uint64) (*types.Transaction, error) {
	if !b.room(gas) {
		return nil, fmt.Errorf("chain %s: block full (%d txs, %d gas)", b.chain.Name, len(b.txs), b.gas)
	}
	tip := big.NewInt(gwei + int64(maxTxsPerBlock-len(b.txs)))
	tx, err := types.SignNewTx(from.priv, b.chain.signer, &types.DynamicFeeTx{
		ChainID:   new(big.Int).SetUint64(b.chain.ChainID),
		Nonce:     from.nonce,
		GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, big.NewInt(maxFeePerGas)),
		Gas:       gas,
		To:        to,
		Data:      data,
	})
	if err != nil {
		return nil, fmt.Errorf("chain %s: sign tx from %s nonce %d: %w", b.chain.Name, from.addr, from.nonce, err)
	}
	// Not cancellable: a send abandoned half-way could still reach the pool
	// and be sealed behind the simulator's back. Callers check ctx between
	// sends instead.
	sendCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sealTimeout)
	defer cancel()
	if err := b.chain.client.SendTransaction(sendCtx, tx); err != nil {
		return nil, fmt.Errorf("chain %s: send tx from %s nonce %d: %w", b.chain.Name, from.addr, from.nonce, err)
	}
	from.nonce++
	b.txs = append(b.txs, tx)
	b.gas += gas
	if b.sending == nil {
		b.sending = map[*account]bool{}
	}
	if !b.sending[from] {
		b.sending[from] = true
		b.senders = append(b.senders, from)
	}
	return tx, nil
}

// awaitPromotion waits until the pool holds every sent transaction as
// executable. A new transaction first lands in the pool's queue and is
// promoted asynchronously; the simulated beacon's pre-seal sync does not
// always cover that, and a block sealed too early would leave a
// transaction out while later ones get in, breaking the sending order.
// The pool's pending nonce of a sender only passes a transaction once it
// is promoted.
func (b *blockBuilder) awaitPromotion(ctx context.Context) error {
	const patience = 5 * time.Second
	deadline := time.Now().Add(patience)
	for _, a := range b.senders {
		for {
			n, err := b.chain.client.PendingNonceAt(ctx, a.addr)
			if err != nil {
				return fmt.Errorf("chain %s: pending nonce of %s: %w", b.chain.Name, a.addr, err)
			}
			if n >= a.nonce {
				break
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("chain %s: transactions of %s up to nonce %d not executable after %s (pool at %d)", b.chain.Name, a.addr, a.nonce-1, patience, n)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(100 * time.Microsecond):
			}
		}
	}
	return nil
}

// resyncNonces re-reads every account's nonce at the head (after a reorg
// dropped transactions).
func (c *Chain) resyncNonces(ctx context.Context) error {
	for _, a := range append([]*account{c.deployer}, c.users...) {
		n, err := c.client.NonceAt(ctx, a.addr, nil)
		if err != nil {
			return fmt.Errorf("chain %s: nonce of %s: %w", c.Name, a.addr, err)
		}
		a.nonce = n
	}
	return nil
}

// close stops the chain's node.
func (c *Chain) close() error {
	if err := c.backend.Close(); err != nil {
		return fmt.Errorf("chain %s: close: %w", c.Name, err)
	}
	return nil
}
