// Package pgtest gives tests real Postgres databases: NewDatabase returns a
// fresh, uniquely named database that is dropped when the test ends. The
// databases live on one throwaway server per test binary, started on first
// use with embedpg in a temporary directory (fsync off), or on the server
// DITO_TEST_DATABASE_URL points at. No test needs a server to be running.
//
// pgtest owns that server and the databases it creates; it knows nothing of
// dito's schema. Tests that want a migrated database pass WithTemplate: the
// setup runs once per test binary into a template database, and each test
// database is a cheap copy of it (CREATE DATABASE ... TEMPLATE).
//
// A package using pgtest should call Main from TestMain, which stops the
// server and removes its directory after the tests. Without it the server
// still dies with the test binary (embedpg arms Pdeathsig), and the next
// run removes the directories of binaries that were killed.
package pgtest

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/distributedtown/dito-graph/embedpg"
)

// EnvDatabaseURL names an existing server to create test databases on,
// e.g. postgres://postgres@localhost:5432/postgres?sslmode=disable. The role
// must be allowed to CREATE and DROP databases.
const EnvDatabaseURL = "DITO_TEST_DATABASE_URL"

// EnvLog, when set (to anything), sends the shared server's output to
// stderr; by default it is discarded and only shown in start errors.
const EnvLog = "DITO_TEST_PG_LOG"

// tempPrefix names the temporary directories of embedded servers, so a
// later run can find those of killed test binaries.
const tempPrefix = "dito-pgtest-"

// shared is the one per-process server and the templates made on it. It is
// the package's only mutable state: a server start costs about a second and
// serves every test in the binary.
var shared struct {
	once sync.Once
	srv  *SharedServer
	err  error

	mu        sync.Mutex
	templates map[string]*template
}

// SharedServer is the server NewDatabase creates databases on.
type SharedServer struct {
	// Embedded is the server pgtest started; nil when DITO_TEST_DATABASE_URL
	// names an external one.
	Embedded *embedpg.Server

	base  *url.URL // maintenance database
	admin *pgxpool.Pool
	dir   string // temporary directory of the embedded server
}

// URL is a connection string for database db on the shared server.
func (s *SharedServer) URL(db string) string {
	u := *s.base
	u.Path = "/" + db
	u.RawPath = ""
	return u.String()
}

// BinDir holds the embedded server's binaries (pg_basebackup, pg_dump...);
// empty for an external server.
func (s *SharedServer) BinDir() string {
	if s.Embedded == nil {
		return ""
	}
	return s.Embedded.BinDir
}

// Server returns the shared server, starting it if this is the first use.
func Server(t testing.TB) *SharedServer {
	t.Helper()
	srv, err := sharedServer()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	return srv
}

// Main runs the tests and then stops the shared server (if one was
// started), removes its directory and exits. Use it as TestMain:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
func Main(m *testing.M) {
	code := m.Run()
	if err := shutdown(); err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		code = cmp.Or(code, 1)
	}
	os.Exit(code)
}

// Option configures NewDatabase.
type Option func(*options)

type options struct {
	templateName  string
	templateSetup func(ctx context.Context, url string) error
}

// WithTemplate makes the new database a copy of a template built once per
// test binary: the first NewDatabase with this name creates an empty
// database, runs setup with its URL (e.g. apply migrations), then freezes
// it. The name identifies the setup; a second setup under the same name is
// never run. If setup fails, every test asking for the template fails with
// that error. Setup must close its connections before returning; any it
// leaves open are terminated.
func WithTemplate(name string, setup func(ctx context.Context, url string) error) Option {
	return func(o *options) { o.templateName, o.templateSetup = name, setup }
}

// NewDatabase creates a database for this test alone and returns its URL.
// It is dropped (connections and all) when the test and its subtests end.
func NewDatabase(t testing.TB, opts ...Option) string {
	t.Helper()
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	srv, err := sharedServer()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	name := uniqueName("t_" + t.Name())
	sql := "CREATE DATABASE " + pgx.Identifier{name}.Sanitize()
	if o.templateName != "" {
		tpl, err := srv.template(ctx, o.templateName, o.templateSetup)
		if err != nil {
			t.Fatalf("pgtest: template %q: %v", o.templateName, err)
		}
		sql += " TEMPLATE " + pgx.Identifier{tpl}.Sanitize()
	}
	if _, err := srv.admin.Exec(ctx, sql); err != nil {
		t.Fatalf("pgtest: %s: %v", sql, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := srv.drop(ctx, name); err != nil {
			t.Errorf("pgtest: %v", err)
		}
	})
	return srv.URL(name)
}

// NewServer starts a private server for tests that need one of their own
// (a primary for a replica, a server to crash), in a temporary directory,
// and stops it at the end of the test. DataDir defaults to a new temporary
// directory; the server is always Ephemeral. It uses local binaries even
// when DITO_TEST_DATABASE_URL is set.
func NewServer(t testing.TB, opts embedpg.Options) *embedpg.Server {
	t.Helper()
	if opts.DataDir == "" {
		opts.DataDir = filepath.Join(t.TempDir(), "pg")
	}
	opts.Ephemeral = true
	if opts.Logger == nil {
		opts.Logger = logger()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, err := embedpg.Start(ctx, opts)
	if err != nil {
		t.Fatalf("pgtest: start server: %v", err)
	}
	stopWithTest(t, srv, "stop server")
	return srv
}

// PauseReplay pauses replica's WAL replay (it keeps answering with the
// state it has) and returns what resumes it. db is any database on it.
func PauseReplay(t testing.TB, replica *embedpg.Server, db string) (resume func()) {
	t.Helper()
	replay := func(what string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		conn, err := pgx.Connect(ctx, replica.URL(db))
		if err != nil {
			t.Fatalf("pgtest: %s replay: %v", what, err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "SELECT pg_wal_replay_"+what+"()"); err != nil {
			t.Fatalf("pgtest: %s replay: %v", what, err)
		}
	}
	replay("pause")
	return func() { replay("resume") }
}

// stopWithTest stops srv when the test ends.
func stopWithTest(t testing.TB, srv *embedpg.Server, what string) {
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := srv.Stop(ctx); err != nil {
			t.Errorf("pgtest: %s: %v", what, err)
		}
	})
}

// NewReplica starts a streaming standby of primary (a server from
// NewServer) in a temporary directory and stops it at the end of the test.
func NewReplica(t testing.TB, primary *embedpg.Server) *embedpg.Server {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	replica, err := embedpg.StartReplica(ctx, primary, embedpg.Options{DataDir: filepath.Join(t.TempDir(), "replica"), Ephemeral: true, Logger: logger()})
	if err != nil {
		t.Fatalf("pgtest: start replica: %v", err)
	}
	stopWithTest(t, replica, "stop replica")
	return replica
}

func logger() *slog.Logger {
	if os.Getenv(EnvLog) == "" {
		return nil // embedpg discards
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func sharedServer() (*SharedServer, error) {
	shared.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		shared.srv, shared.err = startShared(ctx)
	})
	return shared.srv, shared.err
}

func startShared(ctx context.Context) (*SharedServer, error) {
	if raw := os.Getenv(EnvDatabaseURL); raw != "" {
		base, err := url.Parse(raw)
		if err != nil || (base.Scheme != "postgres" && base.Scheme != "postgresql") {
			return nil, fmt.Errorf("%s=%q is not a postgres:// URL", EnvDatabaseURL, raw)
		}
		admin, err := pgxpool.New(ctx, raw)
		if err == nil {
			err = admin.Ping(ctx)
		}
		if err != nil {
			return nil, fmt.Errorf("connect to %s (%s): %w", EnvDatabaseURL, base.Redacted(), err)
		}
		return &SharedServer{base: base, admin: admin}, nil
	}

	removeAbandoned()
	dir, err := os.MkdirTemp("", tempPrefix+"*")
	if err != nil {
		return nil, fmt.Errorf("create directory for the test server: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "owner"), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return nil, errors.Join(fmt.Errorf("record owner of %s: %w", dir, err), os.RemoveAll(dir))
	}
	emb, err := embedpg.Start(ctx, embedpg.Options{
		DataDir:   filepath.Join(dir, "pg"),
		Ephemeral: true,
		Logger:    logger(),
	})
	if err != nil {
		return nil, errors.Join(fmt.Errorf("start test server: %w", err), os.RemoveAll(dir))
	}
	srv := &SharedServer{Embedded: emb, dir: dir}
	srv.base, _ = url.Parse(emb.URL("postgres"))
	if srv.admin, err = pgxpool.New(ctx, emb.URL("postgres")); err != nil {
		stopErr := emb.Stop(context.WithoutCancel(ctx))
		return nil, errors.Join(fmt.Errorf("connect to test server: %w", err), stopErr, os.RemoveAll(dir))
	}
	return srv, nil
}

// shutdown stops what startShared started. Templates on an external server
// are dropped; an embedded server's go with its directory.
func shutdown() error {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	srv := shared.srv
	if srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var errs []error
	if srv.Embedded == nil {
		for _, tpl := range shared.templates {
			if tpl.err == nil && tpl.db != "" {
				errs = append(errs, srv.drop(ctx, tpl.db))
			}
		}
	}
	srv.admin.Close()
	if srv.Embedded != nil {
		if err := srv.Embedded.Stop(ctx); err != nil {
			errs = append(errs, err)
		}
		if err := os.RemoveAll(srv.dir); err != nil {
			errs = append(errs, fmt.Errorf("remove test server directory: %w", err))
		}
	}
	return errors.Join(errs...)
}

// template is one WithTemplate database, built at most once.
type template struct {
	once sync.Once
	db   string
	err  error
}

func (s *SharedServer) template(ctx context.Context, name string, setup func(context.Context, string) error) (string, error) {
	if setup == nil {
		return "", errors.New("WithTemplate: setup is nil")
	}
	shared.mu.Lock()
	if shared.templates == nil {
		shared.templates = map[string]*template{}
	}
	tpl := shared.templates[name]
	if tpl == nil {
		tpl = &template{}
		shared.templates[name] = tpl
	}
	shared.mu.Unlock()
	tpl.once.Do(func() {
		tpl.db = uniqueName("tpl_" + name)
		tpl.err = s.buildTemplate(ctx, tpl.db, setup)
	})
	return tpl.db, tpl.err
}

func (s *SharedServer) buildTemplate(ctx context.Context, db string, setup func(context.Context, string) error) error {
	ident := pgx.Identifier{db}.Sanitize()
	if _, err := s.admin.Exec(ctx, "CREATE DATABASE "+ident); err != nil {
		return fmt.Errorf("create template database %s: %w", db, err)
	}
	fail := func(err error) error { return errors.Join(err, s.drop(context.WithoutCancel(ctx), db)) }
	if err := setup(ctx, s.URL(db)); err != nil {
		return fail(fmt.Errorf("setup of template database %s: %w", db, err))
	}
	// CREATE DATABASE ... TEMPLATE refuses a template anyone is connected
	// to: close the door, then clear the room.
	if _, err := s.admin.Exec(ctx, "ALTER DATABASE "+ident+" WITH ALLOW_CONNECTIONS false"); err != nil {
		return fail(fmt.Errorf("freeze template database %s: %w", db, err))
	}
	_, err := s.admin.Exec(ctx,
		`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, db)
	if err != nil {
		return fail(fmt.Errorf("disconnect sessions from template database %s: %w", db, err))
	}
	return nil
}

func (s *SharedServer) drop(ctx context.Context, db string) error {
	if _, err := s.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{db}.Sanitize()+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("drop database %s: %w", db, err)
	}
	return nil
}

// uniqueName turns a test or template name into a database name that is
// readable in pg_stat_activity and unique across concurrent test binaries
// on one server: lower-case, [a-z0-9_], at most 63 bytes.
func uniqueName(prefix string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(prefix) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
		if b.Len() >= 50 {
			break
		}
	}
	var suffix [6]byte
	_, _ = rand.Read(suffix[:]) // documented never to return an error
	return b.String() + "_" + hex.EncodeToString(suffix[:])
}

// removeAbandoned deletes the directories of embedded test servers whose
// test binary is gone and whose postgres has exited: binaries killed by a
// test timeout or Ctrl-C never reach Main's cleanup, and a cluster is ~40MB.
func removeAbandoned() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), tempPrefix+"*"))
	for _, dir := range dirs {
		owner, err := os.ReadFile(filepath.Join(dir, "owner"))
		if err != nil {
			// Just created by a binary that has not written its owner
			// file yet, or unreadable: not ours to judge unless old.
			if fi, err := os.Stat(dir); err != nil || time.Since(fi.ModTime()) < time.Hour {
				continue
			}
		} else if pid, err := strconv.Atoi(string(owner)); err != nil || processAlive(pid) {
			continue
		}
		if pm, err := os.ReadFile(filepath.Join(dir, "pg", "postmaster.pid")); err == nil {
			first, _, _ := strings.Cut(string(pm), "\n")
			if pid, err := strconv.Atoi(strings.TrimSpace(first)); err == nil && processAlive(pid) {
				continue // still shutting down after its parent died
			}
		}
		_ = os.RemoveAll(dir)
	}
}

// WithApplicationName returns url with application_name set to app, so a
// test can tell its processes' sessions apart in pg_stat_activity (which
// process holds which lock, whose sessions to terminate).
func WithApplicationName(rawURL, app string) string {
	sep := "?"
	if strings.Contains(rawURL, "?") {
		sep = "&"
	}
	return rawURL + sep + "application_name=" + url.QueryEscape(app)
}
