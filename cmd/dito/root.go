package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/distributedtown/dito-graph/config"
)

// globals are the persistent flags every subcommand shares.
type globals struct {
	configPath string
}

func newRootCmd() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "dito",
		Short: "Index DistributedTown on four chains, derive the skill graph, serve GraphQL",
		Long: `dito indexes the DistributedTown contracts (towns, SkillWallets, DiTo credits,
gigs, projects) on Ethereum, Polygon, Gnosis and RSK into Postgres, builds the
skill-proximity graph between towns and serves it over GraphQL.

With no configuration it starts an embedded Postgres and an in-process devnet of
four chains with a town simulator, indexes them and serves GraphQL.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		// `dito` alone does what `dito run` does.
		RunE: func(cmd *cobra.Command, args []string) error { return runAll(cmd, g, modeRun) },
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&g.configPath, "config", "", "YAML config file (default ./dito.yaml if present)")
	pf.String("data-dir", "", "directory of the embedded Postgres (default $XDG_DATA_HOME/dito or ~/.local/share/dito)")
	pf.String("database-url", "", "Postgres URL; empty starts the embedded Postgres")
	pf.String("http-addr", "", "address the HTTP server listens on (default 127.0.0.1:8080)")
	pf.String("log-level", "", "debug, info, warn or error (default info)")
	pf.String("log-format", "", "auto (text on a terminal, JSON otherwise), text or json (default auto)")
	for flag, key := range map[string]string{
		"data-dir":     "data_dir",
		"database-url": "database.url",
		"http-addr":    "http.addr",
		"log-level":    "log.level",
		"log-format":   "log.format",
	} {
		bindFlag(pf, flag, key)
	}

	root.AddCommand(
		&cobra.Command{
			Use:   "run",
			Short: "Index every configured chain and serve GraphQL (the default)",
			Args:  noArgs,
			RunE:  func(cmd *cobra.Command, _ []string) error { return runAll(cmd, g, modeRun) },
		},
		&cobra.Command{
			Use:   "index",
			Short: "Index the configured chains without serving the API",
			Args:  noArgs,
			RunE:  func(cmd *cobra.Command, _ []string) error { return runAll(cmd, g, modeIndex) },
		},
		&cobra.Command{
			Use:   "serve",
			Short: "Serve the GraphQL API from an already indexed database",
			Args:  noArgs,
			RunE:  func(cmd *cobra.Command, _ []string) error { return runAll(cmd, g, modeServe) },
		},
		newMigrateCmd(g),
		newConfigCmd(g),
		newGraphCmd(g),
		newDevnetCmd(g),
		newBenchCmd(),
		newVersionCmd(),
	)
	return root
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return &usageError{fmt.Errorf("%s takes no arguments, got %q", cmd.CommandPath(), args)}
	}
	return nil
}

// load reads and validates the configuration for a subcommand.
func (g *globals) load(cmd *cobra.Command) (config.Config, error) {
	return loadConfig(cmd.Flags(), g.configPath)
}

func newConfigCmd(g *globals) *cobra.Command {
	c := &cobra.Command{Use: "config", Short: "Inspect the configuration"}
	c.AddCommand(&cobra.Command{
		Use:   "print",
		Short: "Print the effective configuration as YAML, secrets redacted",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			return printConfig(cmd.OutOrStdout(), cfg.Redacted())
		},
	})
	return c
}

func printConfig(w io.Writer, cfg config.Config) error {
	// Round-trip through the mapstructure names so the output uses the same
	// keys as dito.example.yaml.
	m, err := toKeyedMap(cfg)
	if err != nil {
		return err
	}
	return printYAML(w, m)
}

func printYAML(w io.Writer, m any) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(m); err != nil {
		return fmt.Errorf("encode config: %w", err)
	}
	return enc.Close()
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of this binary",
		Args:  noArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintln(cmd.OutOrStdout(), "dito", version())
		},
	}
}

// version reports the module version and VCS revision the binary was built from.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " (" + s.Value[:12] + ")"
		}
	}
	return v + " " + info.GoVersion
}

// newLogger builds the process logger: text on a terminal, JSON otherwise.
func newLogger(cfg config.Log, w *os.File) *slog.Logger {
	return newLoggerTo(cfg, w, terminal(w) != nil)
}

// terminal is w when w is a terminal, else nil.
func terminal(w io.Writer) *os.File {
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		return f
	}
	return nil
}

// newLoggerTo logs to w, as text when format is "text" or when it is
// "auto" and w is a terminal, as JSON otherwise.
func newLoggerTo(cfg config.Log, w io.Writer, tty bool) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(strings.ToLower(cfg.Level))) // validated already
	opts := &slog.HandlerOptions{Level: level}
	format := cfg.Format
	if format == "auto" {
		format = "json"
		if tty {
			format = "text"
		}
	}
	if format == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
