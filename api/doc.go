// Package api serves DiTo Graph's GraphQL API: The Graph-compatible entity
// queries (including the legacy SkillWallet subgraph's), time travel per
// chain, the skill graph's analytics, and subscriptions fed by Postgres
// LISTEN/NOTIFY. It reads through the store only, never writes, and knows
// nothing of chains' RPC.
package api

//go:generate go run ./internal/schemagen filters.graphql
//go:generate go run github.com/99designs/gqlgen@v0.17.98 generate
