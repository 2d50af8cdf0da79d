// Package devnet owns the in-process development network: a few
// go-ethereum simulated chains that serve real JSON-RPC over HTTP and WS,
// the DiTo contract suite deployed on each, a deterministic town simulator
// that drives them, on-demand reorgs, and ground truth read back from
// contract storage.
//
// It is a test and demo fixture: it must not know about the indexer, the
// store or the API. Other packages see it only through RPC URLs, contract
// addresses and the plain values of Truth.
package devnet
