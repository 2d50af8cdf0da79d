// Package metrics defines DiTo Graph's Prometheus metrics on a registry the
// process owns (no global default registry), and adapts them to the small
// observer interfaces the indexer and graph engine accept. A nil *Metrics is
// valid and records nothing, so tests need no registry.
package metrics

import (
	"context"
	"math"
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
	ops map[string]bool      // operation labels in use

	head          *prometheus.GaugeVec
	indexed       *prometheus.GaugeVec
	lagBlocks     *prometheus.GaugeVec
	events        *prometheus.CounterVec
	batches       *prometheus.CounterVec
	batchSeconds  *prometheus.HistogramVec
	reorgs        *prometheus.CounterVec
	reorgDepth    *prometheus.HistogramVec
	reorgTooDeep  *prometheus.GaugeVec
	backfillDone  *prometheus.GaugeVec
	backfillTotal *prometheus.GaugeVec
	graphSeconds  *prometheus.HistogramVec
	signals       *prometheus.CounterVec
	final         *prometheus.GaugeVec

	rpcRequests *prometheus.CounterVec
	rpcSeconds  *prometheus.HistogramVec
	logRange    *prometheus.HistogramVec

	gqlRequests   *prometheus.CounterVec
	gqlErrors     *prometheus.CounterVec
	gqlSeconds    *prometheus.HistogramVec
	subscriptions prometheus.Gauge

	deliveries      *prometheus.CounterVec
	deliverySeconds prometheus.Histogram
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
	m.reorgTooDeep = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dito_indexer_reorg_too_deep",
		Help: "1 while a chain's indexing is stopped because its cursor has no common ancestor with the node within max_reorg_depth."}, chain)
	m.backfillDone = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dito_backfill_done_blocks", Help: "Blocks of the current backfill done."}, chain)
	m.backfillTotal = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dito_backfill_total_blocks", Help: "Blocks of the current backfill."}, chain)
	m.graphSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dito_graph_rebuild_seconds", Help: "Skill graph recomputation time.",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}, []string{"kind"})
	m.signals = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dito_signals_total", Help: "Signals emitted, by kind."}, []string{"kind"})
	m.final = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dito_chain_final_block", Help: "Head minus the configured confirmations: blocks the indexer treats as final."}, chain)

	rpc := []string{"chain", "endpoint", "method"}
	m.rpcRequests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dito_rpc_requests_total", Help: "JSON-RPC request attempts, by result (ok or error)."},
		append(rpc, "result"))
	m.rpcSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dito_rpc_request_seconds", Help: "JSON-RPC request latency, failed attempts included.",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}, rpc)
	m.logRange = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dito_rpc_getlogs_range_blocks", Help: "Block span of successful eth_getLogs requests (adaptive).",
		Buckets: prometheus.ExponentialBuckets(1, 2, 14)}, chain)

	op := []string{"operation"}
	m.gqlRequests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dito_graphql_requests_total", Help: "GraphQL operations, by operation name (\"anonymous\" when unnamed)."}, op)
	m.gqlErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dito_graphql_errors_total", Help: "GraphQL operations that returned errors."}, op)
	m.gqlSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dito_graphql_request_seconds", Help: "GraphQL operation latency.",
		Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}, op)
	m.subscriptions = prometheus.NewGauge(prometheus.GaugeOpts{Name: "dito_graphql_active_subscriptions", Help: "GraphQL subscriptions open now."})

	m.deliveries = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dito_webhook_deliveries_total",
		Help: "Webhook delivery attempts by result: delivered, failed (retried later) or dead."}, []string{"result"})
	m.deliverySeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "dito_webhook_delivery_seconds", Help: "Webhook request latency.",
		Buckets: prometheus.ExponentialBuckets(0.005, 2, 12)})

	m.reg.MustRegister(
		m.deliveries, m.deliverySeconds,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.head, m.indexed, m.lagBlocks, m.events, m.batches, m.batchSeconds, m.reorgs, m.reorgDepth, m.reorgTooDeep,
		m.backfillDone, m.backfillTotal, m.graphSeconds, m.signals, m.final,
		m.rpcRequests, m.rpcSeconds, m.logRange, m.gqlRequests, m.gqlErrors, m.gqlSeconds, m.subscriptions,
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

// Head records the node's head and final block (indexer.Observer).
func (m *Metrics) Head(chain, number, final uint64) {
	if m == nil {
		return
	}
	m.head.WithLabelValues(label(chain)).Set(float64(number))
	m.final.WithLabelValues(label(chain)).Set(float64(final))
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

// ReorgTooDeep records whether a chain is stopped by a reorg deeper than
// max_reorg_depth (indexer.Observer).
func (m *Metrics) ReorgTooDeep(chain uint64, stuck bool) {
	if m == nil {
		return
	}
	v := 0.0
	if stuck {
		v = 1
	}
	m.reorgTooDeep.WithLabelValues(label(chain)).Set(v)
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

// RPCRequest records one JSON-RPC attempt (chains.Observer).
func (m *Metrics) RPCRequest(chain uint64, endpoint, method string, took time.Duration, err error) {
	if m == nil {
		return
	}
	result := "ok"
	if err != nil {
		result = "error"
	}
	l := label(chain)
	m.rpcRequests.WithLabelValues(l, endpoint, method, result).Inc()
	m.rpcSeconds.WithLabelValues(l, endpoint, method).Observe(took.Seconds())
}

// LogRange records the span of a successful eth_getLogs (chains.Observer).
func (m *Metrics) LogRange(chain uint64, blocks uint64) {
	if m == nil {
		return
	}
	m.logRange.WithLabelValues(label(chain)).Observe(float64(blocks))
}

// maxOperations bounds the operation label: names come from clients, and
// an unbounded label would let any client grow the registry without end.
const maxOperations = 200

// Operation records one GraphQL operation (api.Observer).
func (m *Metrics) Operation(name string, took time.Duration, failed bool) {
	if m == nil {
		return
	}
	if name == "" {
		name = "anonymous"
	}
	m.mu.Lock()
	if m.ops == nil {
		m.ops = map[string]bool{}
	}
	if !m.ops[name] {
		if len(m.ops) >= maxOperations {
			name = "other"
		} else {
			m.ops[name] = true
		}
	}
	m.mu.Unlock()
	m.gqlRequests.WithLabelValues(name).Inc()
	m.gqlSeconds.WithLabelValues(name).Observe(took.Seconds())
	if failed {
		m.gqlErrors.WithLabelValues(name).Inc()
	}
}

// Subscriptions records subscriptions opening (+1) and closing (-1)
// (api.Observer).
func (m *Metrics) Subscriptions(delta int) {
	if m == nil {
		return
	}
	m.subscriptions.Add(float64(delta))
}

// ChainSample is a chain's state as the database has it, for the gauges
// every process (indexing or not) can export.
type ChainSample struct {
	Chain      uint64
	LagSeconds float64
}

// CollectChains exports dito_chain_lag_seconds from read at each scrape:
// the seconds between the node's head and the last indexed block, by
// their block timestamps, read from the database so that API-only
// processes report it too.
func (m *Metrics) CollectChains(read func(context.Context) ([]ChainSample, error)) {
	if m == nil {
		return
	}
	m.reg.MustRegister(&chainCollector{read: read, lag: prometheus.NewDesc("dito_chain_lag_seconds",
		"Head block time minus the last indexed block's time.", []string{"chain"}, nil)})
}

type chainCollector struct {
	read func(context.Context) ([]ChainSample, error)
	lag  *prometheus.Desc
}

func (c *chainCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.lag }

func (c *chainCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	samples, err := c.read(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.lag, err)
		return
	}
	for _, s := range samples {
		ch <- prometheus.MustNewConstMetric(c.lag, prometheus.GaugeValue, s.LagSeconds, label(s.Chain))
	}
}

// Delivery records a webhook delivery attempt (webhook.Observer): result
// is "delivered", "failed" (to be retried) or "dead".
func (m *Metrics) Delivery(result string, took time.Duration) {
	if m == nil {
		return
	}
	m.deliveries.WithLabelValues(result).Inc()
	m.deliverySeconds.Observe(took.Seconds())
}

// CollectDeadLetters exports dito_webhook_dead_letters from count at each
// scrape: deliveries that gave up and wait for a redelivery.
func (m *Metrics) CollectDeadLetters(count func(context.Context) (int, error)) {
	if m == nil {
		return
	}
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "dito_webhook_dead_letters",
		Help: "Webhook deliveries that exhausted their attempts (redeliver them with the redeliver mutation)."},
		func() float64 {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			n, err := count(ctx)
			if err != nil {
				return math.NaN()
			}
			return float64(n)
		}))
}
