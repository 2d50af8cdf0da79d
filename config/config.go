// Package config holds DiTo Graph's typed configuration, its defaults and its
// validation. It does not read files or the environment: cmd/dito fills a
// Config with viper and calls Validate, so every other package receives plain
// structs and never imports viper.
package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Config is the whole configuration of one dito process.
type Config struct {
	// DataDir holds the embedded Postgres cluster when Database.URL is empty.
	DataDir  string   `mapstructure:"data_dir"`
	Database Database `mapstructure:"database"`
	HTTP     HTTP     `mapstructure:"http"`
	API      API      `mapstructure:"api"`
	Log      Log      `mapstructure:"log"`
	Chains   []Chain  `mapstructure:"chains"`
	Graph    Graph    `mapstructure:"graph"`
	Signals  Signals  `mapstructure:"signals"`
	Devnet   Devnet   `mapstructure:"devnet"`
}

// Database says where Postgres is. An empty URL means "start the embedded one".
type Database struct {
	URL string `mapstructure:"url"`
	// Replicas are read-only streaming replicas that `dito serve` reads from.
	Replicas []string `mapstructure:"replicas"`
	MaxConns int32    `mapstructure:"max_conns"`
	// ConnectTimeout bounds the first connection at start-up, so a wrong
	// host fails fast with a config error instead of hanging.
	ConnectTimeout time.Duration `mapstructure:"connect_timeout"`
}

// HTTP configures the listener that serves GraphQL, the explorer, health and metrics.
type HTTP struct {
	Addr        string   `mapstructure:"addr"`
	CORSOrigins []string `mapstructure:"cors_origins"`
}

// API bounds what one GraphQL request may cost.
type API struct {
	MaxDepth      int           `mapstructure:"max_depth"`
	MaxComplexity int           `mapstructure:"max_complexity"`
	MaxFirst      int           `mapstructure:"max_first"`
	MaxAliases    int           `mapstructure:"max_aliases"`
	MaxBodyBytes  int64         `mapstructure:"max_body_bytes"`
	QueryTimeout  time.Duration `mapstructure:"query_timeout"`
	// MaxLag is the lag budget /readyz allows each chain: the time between
	// the node's head block and the last indexed block. 0 disables it.
	MaxLag time.Duration `mapstructure:"max_lag"`
	// AdminToken guards mutations (webhook registration). Empty disables them.
	AdminToken string `mapstructure:"admin_token"`
}

// Log configures log/slog output.
type Log struct {
	Level  string `mapstructure:"level"`  // debug|info|warn|error
	Format string `mapstructure:"format"` // auto|text|json
}

// Chain is one network to index.
type Chain struct {
	Name string `mapstructure:"name"`
	// ChainID must agree with what every RPC endpoint reports.
	ChainID uint64 `mapstructure:"chain_id"`
	// Preset names a known DiTo deployment whose contracts and start block
	// fill the fields left empty here.
	Preset        string        `mapstructure:"preset"`
	RPC           []string      `mapstructure:"rpc"`
	Confirmations uint64        `mapstructure:"confirmations"`
	MaxReorgDepth uint64        `mapstructure:"max_reorg_depth"`
	StartBlock    uint64        `mapstructure:"start_block"`
	MaxLogRange   uint64        `mapstructure:"max_log_range"`
	RateLimit     float64       `mapstructure:"rate_limit"` // requests/s per endpoint, 0 = unlimited
	Timeout       time.Duration `mapstructure:"timeout"`
	Contracts     Contracts     `mapstructure:"contracts"`
}

// Contracts are the root addresses of a DiTo deployment on one chain. Towns,
// credit tokens and gigs contracts are discovered from DistributedTown's
// CommunityCreated events, so they are not listed.
type Contracts struct {
	DistributedTown string `mapstructure:"distributed_town"`
	SkillWallet     string `mapstructure:"skill_wallet"`
	Projects        string `mapstructure:"projects"`
}

// Graph tunes the skill graph (see docs/skill-graph.md).
type Graph struct {
	TopK      int     `mapstructure:"top_k"`
	MinWeight float64 `mapstructure:"min_weight"`
	Alpha     float64 `mapstructure:"alpha"`
	HubCap    int     `mapstructure:"hub_cap"`
	// RecipientMargin is how much better (0.25: 25 %) another supplier
	// must score before a live signal moves to it; 0 always picks the best.
	RecipientMargin float64       `mapstructure:"recipient_margin"`
	Debounce        time.Duration `mapstructure:"debounce"`
	// RefreshEvery is how often a full rebuild refreshes districts and
	// PageRank, which incremental updates leave as they were.
	RefreshEvery time.Duration `mapstructure:"refresh_every"`
}

// Signals configures durable delivery of scarcity signals to bots.
type Signals struct {
	Webhooks    []Webhook `mapstructure:"webhooks"`
	MaxAttempts int       `mapstructure:"max_attempts"`
}

// Webhook is one bot endpoint that receives signals.
type Webhook struct {
	URL    string `mapstructure:"url"`
	Secret string `mapstructure:"secret"`
	Town   string `mapstructure:"town"`  // empty = every town
	Skill  *int   `mapstructure:"skill"` // nil = every skill
	Kind   string `mapstructure:"kind"`  // empty = every kind
}

// Devnet configures the in-process chains `dito devnet` runs, and `dito`
// when no chain is configured.
type Devnet struct {
	Chains int    `mapstructure:"chains"`
	Seed   uint64 `mapstructure:"seed"`
	// Rate is simulated actions per second per chain (about two events
	// each); 0 seals empty blocks.
	Rate float64 `mapstructure:"rate"`
	// Towns is how many towns each chain's simulator grows to, and
	// MembersPerTown how big they grow before joins slow down.
	Towns          int `mapstructure:"towns"`
	MembersPerTown int `mapstructure:"members_per_town"`
	// HTTPPort and WSPort fix the JSON-RPC ports on 127.0.0.1: the first
	// chain gets these, the next ones +1, +2, +3. 0 picks free ports.
	HTTPPort int `mapstructure:"http_port"`
	WSPort   int `mapstructure:"ws_port"`
	// ReorgRate is the probability per sealed block that a chain replaces
	// its last 1..ReorgDepth blocks with a new branch.
	ReorgRate  float64 `mapstructure:"reorg_rate"`
	ReorgDepth int     `mapstructure:"reorg_depth"`
	// Bulk is how many events of history each chain generates, fast,
	// before it starts running live (a large backfill for load tests).
	Bulk uint64 `mapstructure:"bulk"`
}

// Defaults returns the configuration used for every key a user leaves out.
func Defaults() Config {
	return Config{
		Database: Database{MaxConns: 16, ConnectTimeout: 10 * time.Second},
		HTTP:     HTTP{Addr: "127.0.0.1:8080", CORSOrigins: []string{"*"}},
		API: API{
			MaxDepth:      12,
			MaxComplexity: 20000,
			MaxFirst:      1000,
			MaxAliases:    50,
			MaxBodyBytes:  1 << 20,
			QueryTimeout:  10 * time.Second,
			MaxLag:        5 * time.Minute,
		},
		Log:     Log{Level: "info", Format: "auto"},
		Graph:   Graph{TopK: 10, MinWeight: 0.2, Alpha: 0.05, HubCap: 10, RecipientMargin: 0.25, Debounce: 500 * time.Millisecond, RefreshEvery: 5 * time.Minute},
		Signals: Signals{MaxAttempts: 12},
		// The devnet package's DefaultSimConfig, which config cannot import.
		Devnet: Devnet{Chains: 4, Seed: 7, Rate: 4, Towns: 12, MembersPerTown: 24, ReorgDepth: 3},
	}
}

// Error is a configuration mistake: it names the key and what is wrong.
// The CLI exits with code 2 on it.
type Error struct {
	Key string
	Msg string
}

// Error is always one line: messages from drivers span several.
func (e *Error) Error() string {
	return fmt.Sprintf("config: %s: %s", e.Key, strings.Join(strings.Fields(e.Msg), " "))
}

func bad(key, format string, args ...any) *Error {
	return &Error{Key: key, Msg: fmt.Sprintf(format, args...)}
}

var townID = regexp.MustCompile(`^[0-9]+-0x[0-9a-fA-F]{40}$`)

// UsesDevnet reports whether no chain is configured, in which case dito runs
// its in-process devnet and indexes that.
func (c *Config) UsesDevnet() bool { return len(c.Chains) == 0 }

// Validate checks every field and returns the first mistake as an *Error.
// Presets must already be applied (see ApplyPresets in cmd/dito).
func (c *Config) Validate() error {
	if c.Database.URL != "" {
		if err := checkPostgresURL(c.Database.URL); err != nil {
			return bad("database.url", "%v", err)
		}
	}
	if len(c.Database.Replicas) > 0 && c.Database.URL == "" {
		return bad("database.replicas", "replicas stream from a primary: set database.url to it")
	}
	for i, r := range c.Database.Replicas {
		if err := checkPostgresURL(r); err != nil {
			return bad(fmt.Sprintf("database.replicas[%d]", i), "%v", err)
		}
	}
	if c.Database.MaxConns < 1 {
		return bad("database.max_conns", "must be at least 1, got %d", c.Database.MaxConns)
	}
	if _, _, err := net.SplitHostPort(c.HTTP.Addr); err != nil {
		return bad("http.addr", "want host:port, got %q", c.HTTP.Addr)
	}
	if err := c.API.validate(); err != nil {
		return err
	}
	if err := c.Log.validate(); err != nil {
		return err
	}
	if err := c.Graph.validate(); err != nil {
		return err
	}
	seen := map[uint64]string{}
	for i := range c.Chains {
		ch := &c.Chains[i]
		key := fmt.Sprintf("chains[%d]", i)
		if err := ch.validate(key); err != nil {
			return err
		}
		if other, ok := seen[ch.ChainID]; ok {
			return bad(key+".chain_id", "chain id %d already configured as %q", ch.ChainID, other)
		}
		seen[ch.ChainID] = ch.Name
	}
	for i, w := range c.Signals.Webhooks {
		key := fmt.Sprintf("signals.webhooks[%d]", i)
		if err := checkHTTPURL(w.URL); err != nil {
			return bad(key+".url", "%v", err)
		}
		if w.Secret == "" {
			return bad(key+".secret", "required: receivers verify signatures with it")
		}
		if w.Skill != nil && (*w.Skill < 0 || *w.Skill > 35) {
			return bad(key+".skill", "skill id %d outside taxonomy 0..35", *w.Skill)
		}
		switch w.Kind {
		case "", "LACK", "EXCESS", "NO_SUPPLIER":
		default:
			return bad(key+".kind", "want LACK, EXCESS or NO_SUPPLIER (retractions follow the signals they withdraw), got %q", w.Kind)
		}
		if w.Town != "" && !townID.MatchString(w.Town) {
			return bad(key+".town", "want a town id <chain id>-<address> such as 137-0x00000000000000000000000000000000000000a1, got %q", w.Town)
		}
	}
	if c.Signals.MaxAttempts < 1 {
		return bad("signals.max_attempts", "must be at least 1")
	}
	return c.Devnet.validate()
}

// validate checks the devnet section whether or not chains are configured:
// `dito devnet` runs it either way.
func (d Devnet) validate() error {
	if d.Chains < 1 || d.Chains > 4 {
		return bad("devnet.chains", "want 1..4, got %d", d.Chains)
	}
	if d.Rate < 0 {
		return bad("devnet.rate", "must not be negative, got %g", d.Rate)
	}
	if d.Towns < 1 {
		return bad("devnet.towns", "must be at least 1, got %d", d.Towns)
	}
	if d.MembersPerTown < 2 {
		return bad("devnet.members_per_town", "must be at least 2, got %d", d.MembersPerTown)
	}
	for _, p := range []struct {
		key  string
		port int
	}{{"devnet.http_port", d.HTTPPort}, {"devnet.ws_port", d.WSPort}} {
		if p.port < 0 || p.port+d.Chains-1 > 65535 {
			return bad(p.key, "want 0 (free ports) or a port that leaves room for %d chains (1..%d), got %d", d.Chains, 65536-d.Chains, p.port)
		}
	}
	if d.HTTPPort != 0 && d.WSPort != 0 && d.HTTPPort < d.WSPort+d.Chains && d.WSPort < d.HTTPPort+d.Chains {
		return bad("devnet.ws_port", "ports %d..%d overlap devnet.http_port's %d..%d", d.WSPort, d.WSPort+d.Chains-1, d.HTTPPort, d.HTTPPort+d.Chains-1)
	}
	if d.ReorgRate < 0 || d.ReorgRate > 1 {
		return bad("devnet.reorg_rate", "want a probability per block, 0..1, got %g", d.ReorgRate)
	}
	if d.ReorgDepth < 1 {
		return bad("devnet.reorg_depth", "must be at least 1, got %d", d.ReorgDepth)
	}
	return nil
}

func (a API) validate() error {
	checks := []struct {
		key string
		v   int64
	}{
		{"api.max_depth", int64(a.MaxDepth)},
		{"api.max_complexity", int64(a.MaxComplexity)},
		{"api.max_first", int64(a.MaxFirst)},
		{"api.max_aliases", int64(a.MaxAliases)},
		{"api.max_body_bytes", a.MaxBodyBytes},
	}
	for _, c := range checks {
		if c.v < 1 {
			return bad(c.key, "must be at least 1, got %d", c.v)
		}
	}
	if a.MaxLag < 0 {
		return bad("api.max_lag", "must be 0 (no budget) or positive, got %s", a.MaxLag)
	}
	if a.QueryTimeout <= 0 {
		return bad("api.query_timeout", "must be positive, got %s", a.QueryTimeout)
	}
	return nil
}

func (l Log) validate() error {
	switch strings.ToLower(l.Level) {
	case "debug", "info", "warn", "error":
	default:
		return bad("log.level", "want debug, info, warn or error, got %q", l.Level)
	}
	switch l.Format {
	case "auto", "text", "json":
	default:
		return bad("log.format", "want auto, text or json, got %q", l.Format)
	}
	return nil
}

func (g Graph) validate() error {
	if g.TopK < 1 || g.TopK > 100 {
		return bad("graph.top_k", "want 1..100, got %d", g.TopK)
	}
	if g.MinWeight < 0 || g.MinWeight >= 1 {
		return bad("graph.min_weight", "want [0,1), got %g", g.MinWeight)
	}
	if g.Alpha <= 0 || g.Alpha >= 0.5 {
		return bad("graph.alpha", "want (0,0.5), got %g", g.Alpha)
	}
	if g.HubCap < 1 {
		return bad("graph.hub_cap", "must be at least 1, got %d", g.HubCap)
	}
	if !(g.RecipientMargin >= 0 && g.RecipientMargin <= 10) {
		return bad("graph.recipient_margin", "want 0..10, got %g", g.RecipientMargin)
	}
	if g.Debounce < 0 {
		return bad("graph.debounce", "must not be negative")
	}
	if g.RefreshEvery < time.Second {
		return bad("graph.refresh_every", "want at least 1s, got %s", g.RefreshEvery)
	}
	return nil
}

func (ch *Chain) validate(key string) error {
	if ch.Name == "" {
		return bad(key+".name", "required")
	}
	key = fmt.Sprintf("chains[%s]", ch.Name)
	if ch.ChainID == 0 {
		return bad(key+".chain_id", "required")
	}
	if len(ch.RPC) == 0 {
		return bad(key+".rpc", "at least one RPC endpoint is required")
	}
	for i, u := range ch.RPC {
		if err := checkRPCURL(u); err != nil {
			return bad(fmt.Sprintf("%s.rpc[%d]", key, i), "%v", err)
		}
	}
	if ch.Contracts.DistributedTown == "" && ch.Contracts.SkillWallet == "" {
		return bad(key+".contracts", "need at least distributed_town or skill_wallet (or a preset)")
	}
	for name, a := range map[string]string{
		"distributed_town": ch.Contracts.DistributedTown,
		"skill_wallet":     ch.Contracts.SkillWallet,
		"projects":         ch.Contracts.Projects,
	} {
		if a != "" && !common.IsHexAddress(a) {
			return bad(key+".contracts."+name, "not an address: %q", a)
		}
	}
	if ch.MaxReorgDepth != 0 && ch.Confirmations > ch.MaxReorgDepth {
		return bad(key+".confirmations", "%d exceeds max_reorg_depth %d", ch.Confirmations, ch.MaxReorgDepth)
	}
	if ch.RateLimit < 0 {
		return bad(key+".rate_limit", "must not be negative")
	}
	if ch.Timeout < 0 {
		return bad(key+".timeout", "must not be negative")
	}
	return nil
}

func checkPostgresURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("not a URL: %w", errors.Unwrap(err))
	}
	if u.Scheme != "postgres" && u.Scheme != "postgresql" {
		return fmt.Errorf("want a postgres:// URL, got scheme %q", u.Scheme)
	}
	if u.Host == "" && u.Query().Get("host") == "" {
		return errors.New("missing host")
	}
	return nil
}

func checkRPCURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("not a URL: %w", errors.Unwrap(err))
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("want http(s):// or ws(s)://, got %q", raw)
	}
	if u.Host == "" {
		return fmt.Errorf("missing host in %q", raw)
	}
	return nil
}

func checkHTTPURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("not a URL: %w", errors.Unwrap(err))
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("want an http(s):// URL, got %q", raw)
	}
	return nil
}

// Redacted returns a copy safe to print: passwords in URLs, RPC API keys,
// webhook secrets and the admin token are masked.
func (c Config) Redacted() Config {
	out := c
	out.Database.URL = redactURL(c.Database.URL)
	out.Database.Replicas = mapStrings(c.Database.Replicas, redactURL)
	if c.API.AdminToken != "" {
		out.API.AdminToken = "REDACTED"
	}
	out.Chains = make([]Chain, len(c.Chains))
	for i, ch := range c.Chains {
		ch.RPC = mapStrings(ch.RPC, redactURL)
		out.Chains[i] = ch
	}
	out.Signals.Webhooks = make([]Webhook, len(c.Signals.Webhooks))
	for i, w := range c.Signals.Webhooks {
		w.Secret = mask(w.Secret)
		w.URL = redactURL(w.URL)
		out.Signals.Webhooks[i] = w
	}
	return out
}

func mask(s string) string {
	if s == "" {
		return ""
	}
	return "REDACTED"
}

func mapStrings(in []string, f func(string) string) []string {
	if in == nil {
		return nil
	}
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = f(s)
	}
	return out
}

// redactURL masks the password and every query value, and any path segment
// that looks like an API key (RPC providers put keys in the path).
func redactURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "REDACTED"
	}
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "REDACTED")
		}
	}
	q := u.Query()
	for k := range q {
		if k == "sslmode" || k == "host" {
			continue
		}
		q.Set(k, "REDACTED")
	}
	u.RawQuery = q.Encode()
	segs := strings.Split(u.Path, "/")
	for i, s := range segs {
		if len(s) >= 20 && isKeyLike(s) {
			segs[i] = "REDACTED"
		}
	}
	u.Path = strings.Join(segs, "/")
	return u.String()
}

func isKeyLike(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}
