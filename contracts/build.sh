#!/usr/bin/env bash
# build.sh regenerates everything under ../abis from src/: ABI JSON and
# bytecode per contract (compiled by the solc version pinned in
# package.json) and the Go bindings (abigen v2). The outputs are committed,
# so building the Go module never needs solc or node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
npm ci --no-audit --no-fund --silent
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
node compile.js "$tmp/combined.json"
go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 \
  --v2 --combined-json "$tmp/combined.json" --pkg abis --out ../abis/bindings.go
chmod 0644 ../abis/bindings.go
gofmt -l ../abis
