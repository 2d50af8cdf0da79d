package devnet

import (
	"flag"
	"syscall"
	"testing"
	"time"
)

func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

var bulkEvents = flag.Uint64("devnet.bulk-events", 250_000, "logs BenchmarkBulk generates, over all chains")
var bulkActions = flag.Int("devnet.bulk-actions", 0, "actions per block in BenchmarkBulk (0: default)")

// BenchmarkBulk reports how fast bulk mode emits events, on one chain and
// on four chains in parallel, as wall-clock logs/s and as CPU time per log
// (which does not depend on what else the machine runs):
//
//	go test -run '^$' -bench Bulk -benchtime 1x ./devnet -devnet.bulk-events 1000000
func BenchmarkBulk(b *testing.B) {
	for _, n := range []int{1, 4} {
		b.Run(map[int]string{1: "1chain", 4: "4chains"}[n], func(b *testing.B) {
			for b.Loop() {
				d, err := Start(b.Context(), Options{
					Chains: DefaultChains(n), Manual: true, Seed: 7,
					Sim: SimConfig{Towns: 100, MembersPerTown: 60},
				})
				if err != nil {
					b.Fatal(err)
				}
				cpu0, wall0 := cpuTime(b), time.Now()
				stats, err := d.Bulk(b.Context(), *bulkEvents/uint64(n), *bulkActions)
				if err != nil {
					b.Fatal(err)
				}
				cpu, wall := cpuTime(b)-cpu0, time.Since(wall0)
				var logs, txs uint64
				for _, st := range stats {
					logs += st.Logs
					txs += st.Txs
				}
				b.ReportMetric(float64(logs)/wall.Seconds(), "logs/s")
				b.ReportMetric(float64(cpu.Microseconds())/float64(logs), "cpu-µs/log")
				b.ReportMetric(float64(logs)/float64(txs), "logs/tx")
				b.ReportMetric(float64(logs), "logs")
				b.ReportMetric(wall.Seconds(), "wall-s")
				for i, s := range d.Simulators() {
					if st := s.Stats(); st.Reverted != 0 || st.OutOfOrder != 0 {
						b.Errorf("chain %d: %d reverted, %d out of order", i, st.Reverted, st.OutOfOrder)
					}
				}
				if err := d.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
