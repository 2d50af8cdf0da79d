// Package graph owns the skill graph of DistributedTown: how close towns are
// in the skills their members hold, how scarce each town's skill mix is,
// which skills a town lacks or holds in excess compared with the network, and
// which nearby town a lack or an excess should be signalled to.
//
// It takes plain Go values (a Town per community: member count, holders and
// level-weighted capacity per skill, optionally the members' skill sets) and
// returns plain values (a Snapshot with proximity, walk probabilities,
// scarcity, findings and signals) that the caller stores or serves. It must
// not import Postgres, RPC or API code, must not keep global mutable state,
// and must give the same output for the same input whatever the input order
// or the number of cores.
//
// The formulas, a worked example and the reasons behind each choice are in
// docs/skill-graph.md; the tests check that the example there is what this
// package computes.
package graph
