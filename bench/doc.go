// Package bench is the newsroom bot's performance suite: corpus replication,
// extraction throughput, ingest, query latency with EXPLAIN QUERY PLAN,
// memory and start-up on a big database, and a slash command through the
// fake Slack. The commands under bench/cmd and the scripts beside them drive
// it; BENCHMARKS.md at the repository root records the figures.
//
// The BBC corpus in ../shared is evaluation data that a fresh clone does not
// have: everything that reads it skips with a message when it is absent.
// Heavy benchmarks run only with NEWSBOT_BENCH=1, so that `go test -bench=.
// -benchtime=1x` stays a quick smoke in CI.
package bench
