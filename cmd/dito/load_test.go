package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/pgtest"
)

// mainEnv makes the test binary act as the dito command, with the JSON
// list of arguments it holds: tests that must SIGKILL dito run it so.
const mainEnv = "DITO_TEST_MAIN_ARGS"

func TestMain(m *testing.M) {
	if raw := os.Getenv(mainEnv); raw != "" {
		var args []string
		if err := json.Unmarshal([]byte(raw), &args); err != nil {
			fmt.Fprintln(os.Stderr, "bad", mainEnv, err)
			os.Exit(3)
		}
		os.Args = append([]string{"dito"}, args...)
		main()
	}
	pgtest.Main(m)
}

// runCLI runs the dito command tree in-process and returns stdout, the
// error and the exit code main would use.
func runCLI(t *testing.T, args ...string) (string, error, int) {
	t.Helper()
	cmd := newRootCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err, exitCodeQuiet(err)
}

// exitCodeQuiet is exitCode without printing.
func exitCodeQuiet(err error) int {
	stderr := os.Stderr
	os.Stderr, _ = os.Open(os.DevNull)
	defer func() { os.Stderr = stderr }()
	return exitCode(err)
}

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "dito.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBadConfigIsOneLineNamingTheKeyWithExitCode2(t *testing.T) {
	const sw = "contracts: {skill_wallet: '0x14DEF8Be678589dd1445A46Fc5bE925d479694B9'}"
	cases := []struct {
		name    string
		yaml    string
		env     map[string]string
		wantKey string // the error starts "config: <wantKey>: "
	}{
		{"unknown top-level key", "htp:\n  addr: x\n", nil, "htp"},
		{"unknown nested key", "http:\n  adr: 127.0.0.1:1\n", nil, "http.adr"},
		{"unknown key in a chain", "chains:\n  - name: eth\n    chain_id: 1\n    rpcs: [http://x]\n", nil, "chains[eth].rpcs"},
		{"unknown key in a webhook", "signals:\n  webhooks:\n    - url: http://x\n      secrets: y\n", nil, "signals.webhooks[0].secrets"},
		{"malformed yaml", "http: [unclosed\n", nil, "--config"},
		{"bad database url scheme", "database:\n  url: mysql://x/y\n", nil, "database.url"},
		{"bad http addr", "http:\n  addr: nope\n", nil, "http.addr"},
		{"bad log level", "log:\n  level: loud\n", nil, "log.level"},
		{"bad duration", "api:\n  query_timeout: soon\n", nil, "api.query_timeout"},
		{"bad number", "api:\n  max_depth: deep\n", nil, "api.max_depth"},
		{"bad number from the environment", "", map[string]string{"DITO_API_MAX_DEPTH": "deep"}, "api.max_depth"},
		{"section given a value", "http: 8080\n", nil, "http"},
		{"chains written as a map", "chains:\n  polygon:\n    chain_id: 137\n    rpc: [http://x]\n", nil, "chains"},
		{"one chain written without the dash", "chains:\n  name: eth\n  chain_id: 1\n", nil, "chains"},
		{"chain id not a number", "chains:\n  - name: eth\n    chain_id: one\n", nil, "chains[eth].chain_id"},
		{"chain without rpc", "chains:\n  - name: eth\n    chain_id: 1\n    " + sw + "\n", nil, "chains[eth].rpc"},
		{"chain with bad rpc url", "chains:\n  - name: eth\n    chain_id: 1\n    rpc: ['ftp://x']\n    " + sw + "\n", nil, "chains[eth].rpc[0]"},
		{"chain with bad contract address", "chains:\n  - name: eth\n    chain_id: 1\n    rpc: ['http://127.0.0.1:1']\n    contracts: {skill_wallet: '0x12'}\n", nil, "chains[eth].contracts.skill_wallet"},
		{"env override validated", "", map[string]string{"DITO_LOG_FORMAT": "xml"}, "log.format"},
		{"devnet chains out of range", "", map[string]string{"DITO_DEVNET_CHAINS": "5"}, "devnet.chains"},
		{"devnet ports overlapping", "devnet:\n  http_port: 9000\n  ws_port: 9002\n", nil, "devnet.ws_port"},
		{"negative recipient margin", "graph:\n  recipient_margin: -0.1\n", nil, "graph.recipient_margin"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			args := []string{"config", "print"}
			if c.yaml != "" {
				args = append(args, "--config", writeFile(t, c.yaml))
			}
			_, err, code := runCLI(t, args...)
			if code != exitBadInput {
				t.Fatalf("exit code %d (err %v), want %d", code, err, exitBadInput)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Errorf("error spans lines: %q", msg)
			}
			// The key exactly as the user wrote it, right after "config: "
			// (not, say, "config: config.Config.htp" or "config: config:
			// 'api.max_depth'").
			if !strings.HasPrefix(msg, "config: "+c.wantKey+": ") {
				t.Errorf("error %q does not start with %q", msg, "config: "+c.wantKey+": ")
			}
		})
	}
}

func TestUnreachableDatabaseURLIsExitCode2(t *testing.T) {
	for _, c := range []struct{ url, host, want string }{
		// The resolver's wording (after the prefix) varies with the network.
		{"postgres://bad.invalid", "bad.invalid", `config: database.url: cannot reach bad.invalid:5432: `},
		{"postgres://127.0.0.1:1/x", "127.0.0.1", `config: database.url: cannot reach 127.0.0.1:1: connect: connection refused`},
	} {
		t.Run(c.url, func(t *testing.T) {
			t.Setenv("DITO_DATABASE_URL", c.url)
			t.Setenv("DITO_DATABASE_CONNECT_TIMEOUT", "3s")
			_, err, code := runCLI(t, "migrate", "status")
			if code != exitBadInput {
				t.Fatalf("exit code %d (err %v), want 2", code, err)
			}
			// One clean line: the cause once, not once per attempt.
			msg := err.Error()
			if !strings.HasPrefix(msg, c.want) || strings.Count(msg, c.host) > 2 || strings.Contains(msg, "\n") {
				t.Errorf("error = %q\nwant one line starting %q, naming %s at most twice", msg, c.want, c.host)
			}
		})
	}
}

func TestConfigPrecedenceAndRedaction(t *testing.T) {
	p := writeFile(t, `
http:
  addr: 127.0.0.1:9000
log:
  level: debug
database:
  url: postgres://dito:hunter2@db.example:5432/dito
`)
	t.Setenv("DITO_HTTP_ADDR", "127.0.0.1:9100")                                      // env beats file
	out, err, _ := runCLI(t, "config", "print", "--config", p, "--log-level", "warn") // flag beats file
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"addr: 127.0.0.1:9100", "level: warn", "postgres://dito:REDACTED@db.example:5432/dito"} {
		if !strings.Contains(out, want) {
			t.Errorf("config print lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "hunter2") {
		t.Errorf("config print leaks the password:\n%s", out)
	}
}

// The printed configuration must be a valid config file itself.
func TestConfigPrintRoundTrips(t *testing.T) {
	out, err, _ := runCLI(t, "config", "print", "--config", writeFile(t, "graph:\n  top_k: 7\n"))
	if err != nil {
		t.Fatal(err)
	}
	again, err, _ := runCLI(t, "config", "print", "--config", writeFile(t, out))
	if err != nil {
		t.Fatalf("printed config does not load: %v\n%s", err, out)
	}
	if again != out {
		t.Errorf("round trip changed the config:\n%s\nvs\n%s", out, again)
	}
}

// configPaths lists every key of the config type t as a dotted path;
// the keys of list items (chains, webhooks) go under the list's key.
func configPaths(t reflect.Type, prefix string) []string {
	var out []string
	for _, tag := range tags(t) {
		f, _ := fieldByKey(t, tag)
		path := joinKey(prefix, tag)
		out = append(out, path)
		switch ft := f.Type; {
		case isSection(ft):
			out = append(out, configPaths(ft, path)...)
		case ft.Kind() == reflect.Slice && isSection(ft.Elem()):
			out = append(out, configPaths(ft.Elem(), path)...)
		}
	}
	return out
}

// exampleKey is a key line of the example, commented out or not:
// indentation, an optional "- ", the key, a colon.
var exampleKey = regexp.MustCompile(`^(\s*)(?:- )?([a-z_]+):(?:\s|$)`)

// documentedKeys reads a commented YAML example and returns the dotted
// path of every key in it (commented-out example keys included, nested by
// indentation) and whether the key has a comment: inline after it, or a
// comment line directly above that is prose, not another key.
func documentedKeys(body string) map[string]bool {
	type level struct {
		indent int
		key    string
	}
	var stack []level
	out := map[string]bool{}
	prevProse := false
	for _, raw := range strings.Split(body, "\n") {
		line, commented := raw, false
		if i := strings.Index(raw, "#"); i >= 0 && strings.TrimSpace(raw[:i]) == "" {
			// A comment line: the example keys in it sit where they
			// would without "# ".
			line, commented = raw[:i]+strings.TrimPrefix(raw[i+1:], " "), true
		}
		m := exampleKey.FindStringSubmatchIndex(line)
		if m == nil {
			prevProse = commented && strings.TrimSpace(line) != ""
			continue
		}
		indent, key := m[4], line[m[4]:m[5]]
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, level{indent, key})
		var parts []string
		for _, l := range stack {
			parts = append(parts, l.key)
		}
		path := strings.Join(parts, ".")
		inline := strings.Contains(line[m[1]:], "#")
		out[path] = out[path] || inline || prevProse
		prevProse = false
	}
	return out
}

// dito.example.yaml documents every key: it loads, every key the config
// type has appears in it (at its place in the nesting) with a comment, and
// it shows no key the config does not have.
func TestExampleConfigIsCompleteAndValid(t *testing.T) {
	body, err := os.ReadFile("../../dito.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err, _ := runCLI(t, "config", "print", "--config", "../../dito.example.yaml"); err != nil {
		t.Fatalf("example config does not load: %v", err)
	}
	have := documentedKeys(string(body))
	want := configPaths(reflect.TypeFor[config.Config](), "")
	for _, path := range want {
		documented, ok := have[path]
		switch {
		case !ok:
			t.Errorf("dito.example.yaml lacks %s", path)
		case !documented:
			t.Errorf("dito.example.yaml shows %s without a comment (inline, or on the line above)", path)
		}
	}
	for path := range have {
		if !slices.Contains(want, path) {
			t.Errorf("dito.example.yaml shows %s, which is no config key", path)
		}
	}
}

func TestUnknownArgumentsAreUsageErrors(t *testing.T) {
	if _, _, code := runCLI(t, "--no-such-flag"); code != exitBadInput {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "migrate", "sideways"); code != exitBadInput {
		t.Errorf("bad migrate direction: exit %d, want 2", code)
	}
}

func TestChainIDThatDisagreesWithTheNodeIsExitCode2(t *testing.T) {
	ctx := context.Background()
	dn, err := devnet.Start(ctx, devnet.Options{Chains: devnet.DefaultChains(1), Manual: true, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dn.Close() })
	c := dn.Chains()[0] // chain id 1
	db := pgtest.NewDatabase(t)
	cfgFile := writeFile(t, fmt.Sprintf(`
database:
  url: %s
chains:
  - name: wrong
    chain_id: 137
    rpc: [%s]
    contracts: {skill_wallet: "%s"}
`, db, c.HTTPURL, c.Contracts.SkillWallet.Hex()))
	_, err, code := runCLI(t, "index", "--config", cfgFile)
	if code != exitBadInput {
		t.Fatalf("exit code %d (err %v), want 2", code, err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "config: chains[wrong].chain_id:") || !strings.Contains(msg, "137") {
		t.Errorf("error = %q, want it to name chains[wrong].chain_id", msg)
	}
}

// TestDevnetPrintsAConfigDitoLoads: what `dito devnet` prints is a config
// another dito process accepts as is (RSK's EIP-1191 checksums included).
func TestDevnetPrintsAConfigDitoLoads(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := newRootCmd()
	var out lockedBuffer
	cmd.SetOut(&out)
	cmd.SetErr(io.Discard)
	cmd.SetArgs([]string{"devnet", "--chains", "4", "--seed", "7", "--log-level", "warn"})
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx) }()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(out.String(), "name: rsk") || !strings.Contains(out.String(), "projects:") {
		if time.Now().After(deadline) {
			t.Fatalf("dito devnet printed no config in 60s: %q", out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // let the last chain's lines land
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("dito devnet: %v", err)
	}
	printed := out.String()
	if n := strings.Count(printed, "http://127.0.0.1:"); n != 4 {
		t.Errorf("printed %d HTTP RPC URLs, want 4:\n%s", n, printed)
	}
	body := printed + "database: {url: \"postgres://u@127.0.0.1:1/x\"}\n"
	text, err, code := runCLI(t, "config", "print", "--config", writeFile(t, body))
	if code != 0 {
		t.Fatalf("config print of the devnet's config: exit %d: %v", code, err)
	}
	for _, id := range []string{"chain_id: 1\n", "chain_id: 137\n", "chain_id: 100\n", "chain_id: 30\n"} {
		if !strings.Contains(text, id) {
			t.Errorf("effective config lacks %q", id)
		}
	}
}

type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
