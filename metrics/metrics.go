// Package metrics defines DiTo Graph's Prometheus metrics on a registry the
// process owns (no global default registry), and adapts them to the small
// observer interfaces the indexer and graph engine accept. A nil *Metrics is
// valid and records nothing, so tests need no registry.
package metrics

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds every collector.
type Metrics struct {
	reg *prometheus.Registry

	mu  sync.Mutex
	pos map[string][2]uint64 // chain -> head, indexed

	head          *prometheus.GaugeVec
	indexed       *prometheus.GaugeVec
	lagBlocks     *prometheus.GaugeVec
	events        *prometheus.CounterVec
	batches       *prometheus.CounterVec
	batchSeconds  *prometheus.HistogramVec
	reorgs        *prometheus.CounterVec
	reorgDepth    *prometheus.HistogramVec
	backfillDone  *prometheus.GaugeVec
	backfillTotal *prometheus.GaugeVec
	graphSeconds  *prometheus.HistogramVec
	signals       *prometheus.CounterVec
}

// New registers every metric on a fresh registry, with Go and process
// collectors.
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry(), pos: map[string][2]uint64{}}
	chain := []string{"chain"}
	m.head = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dito_chain_head_block", Help: "Latest block number the node reported."}, chain)
	m.indexed = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dito_chain_indexed_block", Help: "Last block whose events are applied."}, chain)
	m.lagBlocks = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dito_chain_lag_blocks", Help: "Head minus indexed block."}, chain)
	m.events = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dito_indexer_events_total", Help: "Decoded events applied."}, chain)
	m.batches = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dito_indexer_batches_total", Help: "Batches committed."}, chain)
	m.batchSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dito_indexer_batch_seconds", Help: "Time to decode, load state and commit a batch.",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}, chain)
	m.reorgs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dito_reorgs_total", Help: "Reorgs rolled back."}, chain)
	m.reorgDepth = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dito_reorg_depth_blocks", Help: "Depth of rolled back reorgs.",
		Buckets: []float64{1, 2, 3, 5, 8, 13, 21, 34, 64, 128, 256}}, chain)
	m.backfillDone = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dito_backfill_done_blocks", Help: "Blocks of the current backfill done."}, chain)
	m.backfillTotal = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dito_backfill_total_blocks", Help: "Blocks of the current backfill."}, chain)
	m.graphSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dito_graph_rebuild_seconds", Help: "Skill graph recomputation time.",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}, []string{"kind"})
	m.signals = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dito_signals_total", Help: "Signals emitted, by kind."}, []string{"kind"})
	m.reg.MustRegister(
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.head, m.indexed, m.lagBlocks, m.events, m.batches, m.batchSeconds, m.reorgs, m.reorgDepth,
		m.backfillDone, m.backfillTotal, m.graphSeconds, m.signals,
	)
	return m
}

// Registry exposes the registry so other packages (the API, the RPC
// client) can register their own collectors.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

func label(chain uint64) string { return strconv.FormatUint(chain, 10) }

// Head records the node's head (indexer.Observer).
func (m *Metrics) Head(chain, number uint64) {
	if m == nil {
		return
	}
	m.head.WithLabelValues(label(chain)).Set(float64(number))
	m.updateLag(label(chain), &number, nil)
}

// Applied records a committed batch (indexer.Observer).
func (m *Metrics) Applied(chain, from, to uint64, events int, took time.Duration) {
	if m == nil {
		return
	}
	l := label(chain)
	m.indexed.WithLabelValues(l).Set(float64(to))
	m.events.WithLabelValues(l).Add(float64(events))
	m.batches.WithLabelValues(l).Inc()
	m.batchSeconds.WithLabelValues(l).Observe(took.Seconds())
	m.updateLag(l, nil, &to)
}

// updateLag recomputes a chain's lag from the last head and indexed block
// seen; gauges cannot be read back cheaply, so the values are kept here.
func (m *Metrics) updateLag(l string, head, indexed *uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p := m.pos[l]
	if head != nil {
		p[0] = *head
	}
	if indexed != nil {
		p[1] = *indexed
	}
	m.pos[l] = p
	if p[0] > 0 && p[1] > 0 {
		m.lagBlocks.WithLabelValues(l).Set(float64(max(p[0], p[1]) - p[1]))
	}
}

// Reorg records a rolled back reorg (indexer.Observer).
func (m *Metrics) Reorg(chain, depth uint64) {
	if m == nil {
		return
	}
	m.reorgs.WithLabelValues(label(chain)).Inc()
	m.reorgDepth.WithLabelValues(label(chain)).Observe(float64(depth))
}

// Backfill records backfill progress (indexer.Observer).
func (m *Metrics) Backfill(chain, done, total uint64) {
	if m == nil {
		return
	}
	m.backfillDone.WithLabelValues(label(chain)).Set(float64(done))
	m.backfillTotal.WithLabelValues(label(chain)).Set(float64(total))
}

// GraphComputed records a skill graph recomputation (kind "full" or "incremental").
func (m *Metrics) GraphComputed(kind string, took time.Duration) {
	if m == nil {
		return
	}
	m.graphSeconds.WithLabelValues(kind).Observe(took.Seconds())
}

// SignalEmitted counts an emitted signal.
func (m *Metrics) SignalEmitted(kind string) {
	if m == nil {
		return
	}
	m.signals.WithLabelValues(kind).Inc()
}
