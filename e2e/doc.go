// Package e2e holds end-to-end tests of the whole pipeline on the devnet:
// contracts on real in-process chains, the indexer over JSON-RPC, Postgres,
// the skill graph engine and the GraphQL API over HTTP and WebSocket, each
// wired as `dito run` wires them. It has no non-test code.
package e2e
