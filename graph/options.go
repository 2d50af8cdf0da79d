package graph

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"runtime"
	"time"
)

// ErrInvalidOptions marks an Options value outside its documented range.
var ErrInvalidOptions = errors.New("invalid graph options")

// Options configure Build. The zero value means "all defaults"; each field
// says its default. A zero field always takes its default, so a count for
// which zero is a meaningful setting (no cap, no refinement, no shrinkage)
// takes a negative value for it, as its comment says. Update uses the
// options of the Build it came from.
type Options struct {
	// K is how many nearest towns each town keeps before symmetrisation
	// (default 10).
	K int
	// MinWeight drops proximity edges below this weight after
	// symmetrisation (default 0.2: the towns share less than a fifth of
	// their skill mix). Set a tiny positive value to keep every kNN edge.
	MinWeight float64
	// Alpha is the false discovery rate for lacks and excesses, controlled
	// with Benjamini-Hochberg across the 36 skills of a town (default 0.05).
	Alpha float64
	// ClearAlpha is the hysteresis threshold: a lack or excess that was
	// active in the previous round stays active until its q-value rises
	// above ClearAlpha (default 2*Alpha; must be in [Alpha, 0.5)).
	ClearAlpha float64
	// Active is the previous round's set of active lacks and excesses, for
	// hysteresis across rebuilds. Update uses the Snapshot's own set.
	Active []FindingKey
	// Recipients are the previous round's signal recipients (town IDs) by
	// finding, for the recipients' hysteresis across rebuilds: a finding
	// keeps its recipient while it still qualifies and the best candidate
	// scores at most RecipientMargin more (default 0.25, i.e. 25 %;
	// negative: no hysteresis, always the best). Without it a lack whose two
	// closest suppliers score alike flips between them at every small
	// change, and each flip is a retraction and a new signal for the bots.
	// Update uses the Snapshot's own signals.
	Recipients      map[FindingKey]string
	RecipientMargin float64
	// Restart is the restart probability of the random walk with restart
	// used for reach and for the recipient fallback (default 0.15).
	Restart float64
	// WalkTolerance is the L1 convergence tolerance of the power iterations
	// (default 1e-6) and WalkIterations their cap (default 200).
	WalkTolerance  float64
	WalkIterations int
	// PushTolerance is the residual per unit degree at which the local
	// restart walk used for the recipient fallback stops (default 1e-4).
	PushTolerance float64
	// MaxSignalsPerRecipient caps how many signals one town receives per
	// round, so that hubs of the union-kNN graph do not collect every
	// signal (0: the default 10; negative: no cap). A cap of zero would
	// turn every lack into NO_SUPPLIER, so it cannot be asked for.
	MaxSignalsPerRecipient int
	// NullDraws is the number of random towns per size in the Monte Carlo
	// null model of the variety percentile (default 1000).
	NullDraws int
	// Seed seeds every random choice (null model, kNN refinement order),
	// so the same input always gives the same output.
	Seed uint64
	// Baseline picks the holding rate towns are tested against (default
	// BaselineTemplate); BaselinePrior is the shrinkage of template rates
	// towards the network rate, in pseudo-members (0: the default 20;
	// negative: none, each template's own rate).
	Baseline      Baseline
	BaselinePrior float64
	// HoldingRate, when set, replaces the network holding rate h_s computed
	// from the towns and forces the network baseline (useful to freeze a
	// baseline across rebuilds).
	HoldingRate *[NumSkills]float64
	// MaxDrift is how far (absolute, per skill) the network holding rate
	// may drift from the Build baseline before Update recomputes everything
	// (default 0.005). Ignored when HoldingRate is set.
	MaxDrift float64
	// TemplateCategory maps a template to the category used by the legacy
	// score (default: the package function TemplateCategory).
	TemplateCategory func(template int) (category int, ok bool)
	// Workers bounds parallelism (default GOMAXPROCS). Output does not
	// depend on it.
	Workers int
	// Timings, when set, is called after each phase of Build with the
	// phase's name and duration (for logs and benchmark reports).
	Timings func(phase string, elapsed time.Duration)
	// KNNRefine caps the neighbour-of-neighbour refinement rounds after the
	// skill-index and projection-tree candidates (0: the default 2;
	// negative: no refinement; rounds also stop when fewer than 0.1% of the
	// links move).
	KNNRefine int
}

// withDefaults fills zero fields and checks ranges; the error names the field.
func (o Options) withDefaults() (Options, error) {
	o.K = cmp.Or(o.K, 10)
	o.MinWeight = cmp.Or(o.MinWeight, 0.2)
	o.Alpha = cmp.Or(o.Alpha, 0.05)
	o.ClearAlpha = cmp.Or(o.ClearAlpha, 2*o.Alpha)
	o.Restart = cmp.Or(o.Restart, 0.15)
	o.WalkTolerance = cmp.Or(o.WalkTolerance, 1e-6)
	o.WalkIterations = cmp.Or(o.WalkIterations, 200)
	o.PushTolerance = cmp.Or(o.PushTolerance, 1e-4)
	o.MaxSignalsPerRecipient = cmp.Or(o.MaxSignalsPerRecipient, 10)
	o.RecipientMargin = cmp.Or(o.RecipientMargin, 0.25)
	o.NullDraws = cmp.Or(o.NullDraws, 1000)
	o.MaxDrift = cmp.Or(o.MaxDrift, 0.005)
	o.Workers = cmp.Or(o.Workers, runtime.GOMAXPROCS(0))
	o.KNNRefine = cmp.Or(o.KNNRefine, 2)
	o.Baseline = cmp.Or(o.Baseline, BaselineTemplate)
	o.BaselinePrior = cmp.Or(o.BaselinePrior, 20)
	if o.TemplateCategory == nil {
		o.TemplateCategory = TemplateCategory
	}
	bad := func(field string, v any, want string) error {
		return fmt.Errorf("Options.%s = %v, want %s: %w", field, v, want, ErrInvalidOptions)
	}
	switch {
	case o.K < 1 || o.K > 255:
		return o, bad("K", o.K, "1..255")
	case !(o.MinWeight > 0 && o.MinWeight <= 1):
		return o, bad("MinWeight", o.MinWeight, "(0, 1]")
	case !(o.Alpha > 0 && o.Alpha < 0.5):
		return o, bad("Alpha", o.Alpha, "(0, 0.5)")
	case !(o.ClearAlpha >= o.Alpha && o.ClearAlpha < 0.5):
		// Findings skip the binomial CDF where the p-value is known to be
		// >= 0.5; that is only exact while thresholds stay below 0.5.
		return o, bad("ClearAlpha", o.ClearAlpha, "[Alpha, 0.5)")
	case !(o.Restart > 0 && o.Restart < 1):
		return o, bad("Restart", o.Restart, "(0, 1)")
	case !(o.WalkTolerance > 0), !(o.PushTolerance > 0 && o.PushTolerance < 1):
		return o, bad("WalkTolerance/PushTolerance", [2]float64{o.WalkTolerance, o.PushTolerance}, "> 0")
	case math.IsNaN(o.RecipientMargin) || math.IsInf(o.RecipientMargin, 0):
		return o, bad("RecipientMargin", o.RecipientMargin, "finite (negative for none)")
	case o.WalkIterations < 1:
		return o, bad("WalkIterations", o.WalkIterations, ">= 1")
	case o.NullDraws < 10:
		return o, bad("NullDraws", o.NullDraws, ">= 10")
	case !(o.MaxDrift > 0):
		return o, bad("MaxDrift", o.MaxDrift, "> 0")
	case o.Workers < 1:
		return o, bad("Workers", o.Workers, ">= 1")
	case o.Baseline != BaselineTemplate && o.Baseline != BaselineNetwork:
		return o, bad("Baseline", o.Baseline, `"template" or "network"`)
	case math.IsNaN(o.BaselinePrior) || math.IsInf(o.BaselinePrior, 0):
		return o, bad("BaselinePrior", o.BaselinePrior, "finite (negative for no shrinkage)")
	}
	if o.HoldingRate != nil {
		for s, h := range o.HoldingRate {
			if math.IsNaN(h) || h < 0 || h > 1 {
				return o, bad(fmt.Sprintf("HoldingRate[%d]", s), h, "[0, 1]")
			}
		}
	}
	for _, k := range o.Active {
		if k.Skill < 0 || k.Skill >= NumSkills || (k.Kind != KindLack && k.Kind != KindExcess) {
			return o, bad("Active", k, "lack or excess keys with skills 0..35")
		}
	}
	return o, nil
}
