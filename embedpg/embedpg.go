// Package embedpg runs a private PostgreSQL server for dito when no database
// URL is configured, and for tests. It finds Postgres binaries on the machine
// (or, if allowed, downloads them), initialises a cluster in a data directory
// on first use, reuses it on later runs, starts the server on 127.0.0.1 and
// stops it again.
//
// It owns the server process and the data directory; it knows nothing of
// dito's schema (migrations belong to store) and never listens on anything
// but the loopback interface, where the superuser is trusted without a
// password.
//
// PostgreSQL refuses to run as root. When this process is root, initdb and
// postgres run as an unprivileged system user (Options.SystemUser, "postgres"
// by default) that owns the data directory. If that user cannot traverse a
// parent of the data directory (a data dir under /root/.local/share, say),
// Start grants it search-only permission on that parent with a POSIX ACL
// entry and logs a warning, so the default data dir works for root too.
//
// The server dies with the process that started it: it gets SIGINT (a fast,
// clean shutdown) when its parent dies, even by SIGKILL, so no orphan
// postgres outlives a killed dito or test binary.
//
// github.com/fergusstrange/embedded-postgres is used only to download
// binaries (download.go). It could run installed ones (Config.BinariesPath,
// RuntimePath, DataPath), but not do this package's job:
//   - it starts initdb and pg_ctl with a bare exec.Command, with no way to
//     set the process credential: as root (as in a container) initdb
//     refuses to run, and the library cannot run it as the postgres user;
//   - it treats any data dir whose PG_VERSION matches as a cluster (so a
//     first start interrupted during initdb breaks every later one) and
//     deletes the whole data dir when the version differs, where a
//     different major version must be refused, not wiped; it also deletes
//     RuntimePath at every start;
//   - pg_ctl daemonises the server (it outlives a SIGKILLed parent: no
//     Pdeathsig) and Start and Stop take no context, so Ctrl-C cannot cut a
//     start short and a stop has no deadline;
//   - it wants a fixed free port and has no streaming-replica start.
package embedpg

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Superuser is the role initdb creates; it is trusted on 127.0.0.1.
const Superuser = "postgres"

// Sentinel errors callers can test with errors.Is.
var (
	// ErrNoBinaries: no usable PostgreSQL installation was found (and
	// downloading was not allowed or failed).
	ErrNoBinaries = errors.New("no PostgreSQL binaries found")
	// ErrDataDirInUse: another live postgres already runs on the data dir.
	ErrDataDirInUse = errors.New("data dir is in use by another postgres")
)

// Options says where and how to run the server. Only DataDir is required.
type Options struct {
	// DataDir is the cluster directory (PGDATA). It is initialised when it
	// has no PG_VERSION file and reused as-is otherwise, including a copy
	// made by pg_basebackup with standby.signal (the server then starts as a
	// streaming standby).
	DataDir string
	// Port on 127.0.0.1; 0 picks a free port at every start.
	Port int
	// BinDir holds postgres and initdb. Empty means: $DITO_PG_BIN, then
	// `pg_config --bindir`, then well-known install locations (highest
	// version first), then PATH. A data dir created by another major
	// version only matches binaries of that version.
	BinDir string
	// Database is created after start if it does not exist (not on a
	// standby, which copies its databases from the primary).
	Database string
	// Logger receives the server's output, one record per line. Nil discards.
	Logger *slog.Logger
	// AllowDownload lets Start fetch binaries with
	// github.com/fergusstrange/embedded-postgres when none are installed.
	AllowDownload bool
	// Ephemeral marks data that may be lost (tests): initdb skips fsync and
	// the server runs with fsync, synchronous_commit and full_page_writes
	// off. Never set it for data that must survive a machine crash.
	Ephemeral bool
	// Settings are extra server parameters (-c name=value); they override
	// embedpg's defaults.
	Settings map[string]string
	// StartTimeout bounds the wait for the server to accept connections,
	// which includes crash recovery after an unclean stop. Default 60s.
	StartTimeout time.Duration
	// SystemUser is the account initdb and postgres run as when this
	// process is root. Default "postgres". Ignored when not root.
	SystemUser string
}

// InUseError is Start's error when a live postgres already serves the data
// dir (another dito, usually). It says where that server listens, so a
// short-lived command can use it instead of starting its own.
type InUseError struct {
	PID     int
	Port    int // 0 when postmaster.pid does not say yet
	DataDir string
	Status  string // postmaster.pid's status line: "ready", "starting", "stopping"...
}

func (e *InUseError) Error() string {
	port := "?"
	if e.Port > 0 {
		port = strconv.Itoa(e.Port)
	}
	return fmt.Sprintf("%v: postgres pid %d is serving %s on port %s; stop it (or the dito that started it) or use another data dir",
		ErrDataDirInUse, e.PID, e.DataDir, port)
}

func (e *InUseError) Is(target error) bool { return target == ErrDataDirInUse }

// URL is a connection string for database db on that server, when it is
// ready to take connections ("" otherwise).
func (e *InUseError) URL(db string) string {
	if e.Port <= 0 || e.Status != "ready" {
		return ""
	}
	return superuserURL(e.Port, db)
}

// Server is a running postgres started by Start.
type Server struct {
	// DataDir is the absolute cluster directory.
	DataDir string
	// BinDir holds the binaries the server runs from (pg_basebackup,
	// pg_dump and psql of the same version live there too).
	BinDir string
	// Port is the TCP port on 127.0.0.1.
	Port int
	// Version is the PostgreSQL major version, e.g. 15.
	Version int

	acct  *account
	log   *slog.Logger
	child *child
	out   *outputLog
}

// URL is a connection string for database db as the superuser.
func (s *Server) URL(db string) string { return superuserURL(s.Port, db) }

func superuserURL(port int, db string) string {
	u := url.URL{
		Scheme:   "postgres",
		User:     url.User(Superuser),
		Host:     net.JoinHostPort("127.0.0.1", strconv.Itoa(port)),
		Path:     "/" + db,
		RawQuery: "sslmode=disable",
	}
	return u.String()
}

// Done is closed when the server process has exited, whether by Stop or not.
func (s *Server) Done() <-chan struct{} { return s.child.done }

// Err says why the server exited; nil while it runs or after a clean stop.
func (s *Server) Err() error {
	select {
	case <-s.child.done:
		return s.child.err
	default:
		return nil
	}
}

// Stop shuts the server down in "fast" mode (SIGINT: roll back open
// transactions, checkpoint, exit) and waits until it has exited. If that has
// not happened when ctx is done (or after 30s when ctx has no deadline) it
// escalates to SIGQUIT, an immediate shutdown, and a second later kills the
// process group. Neither loses committed data: commits are in the WAL,
// which the next start replays (crash recovery); only the checkpoint is
// skipped. So a caller with a deadline to meet can give ctx the time it can
// spare, and Stop returns at most about immediateWait after ctx ends.
func (s *Server) Stop(ctx context.Context) error {
	select {
	case <-s.child.done:
		return nil
	default:
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
	}
	if err := signalProcess(s.child.proc, syscall.SIGINT); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("stop postgres (pid %d): send SIGINT: %w", s.child.proc.Pid, err)
	}
	select {
	case <-s.child.done:
		return nil
	case <-ctx.Done():
	}
	s.log.Warn("postgres did not finish a fast shutdown in time; stopping it immediately (the next start recovers from the WAL)",
		"pid", s.child.proc.Pid, "data_dir", s.DataDir)
	_ = signalProcess(s.child.proc, syscall.SIGQUIT)
	select {
	case <-s.child.done:
	case <-time.After(immediateWait):
		_ = killGroup(s.child.proc.Pid)
		<-s.child.done
	}
	return fmt.Errorf("stop postgres (pid %d, data dir %s): fast shutdown did not finish, stopped it immediately: %w",
		s.child.proc.Pid, s.DataDir, ctx.Err())
}

// immediateWait is how long Stop gives an immediate shutdown before it
// kills the server's processes.
const immediateWait = time.Second

// abortTimeout bounds the fast shutdown of a server whose start is being
// abandoned (ctx cancelled, database creation failed): the caller is
// usually on its way out after a Ctrl-C and must not wait long.
const abortTimeout = 2 * time.Second

// abort stops a server Start will not return.
func (s *Server) abort(ctx context.Context) error {
	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), abortTimeout)
	defer cancel()
	return s.Stop(stopCtx)
}

// Start runs a server on opts.DataDir, initialising the cluster first if the
// directory has none, and returns once it accepts connections and
// opts.Database exists. The caller must Stop it.
//
// A start interrupted at any point (ctx cancelled, the process killed)
// leaves a data dir the next Start can use: a cluster is built aside and
// moved into place only when complete (see buildCluster), and a
// postmaster.pid whose server is gone is removed.
func Start(ctx context.Context, opts Options) (*Server, error) {
	if opts.DataDir == "" {
		return nil, errors.New("embedpg: Options.DataDir is empty")
	}
	dir, err := filepath.Abs(opts.DataDir)
	if err != nil {
		return nil, fmt.Errorf("resolve data dir %q: %w", opts.DataDir, err)
	}
	opts.DataDir = dir
	opts.StartTimeout = cmp.Or(opts.StartTimeout, 60*time.Second)
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	log := opts.Logger.With("component", "postgres")

	acct, err := runAccount(cmp.Or(opts.SystemUser, "postgres"))
	if err != nil {
		return nil, err
	}
	if err := createDataDir(dir); err != nil {
		return nil, err
	}
	unlock, err := lockDir(ctx, dir, opts.StartTimeout)
	if err != nil {
		return nil, err
	}
	bin, err := prepareCluster(ctx, opts, acct, log)
	unlock()
	if err != nil {
		return nil, err
	}

	srv, err := launchWithRetries(ctx, opts, bin, acct, log)
	if err != nil {
		return nil, err
	}
	if opts.Database != "" {
		if err := srv.ensureDatabase(ctx, opts.Database); err != nil {
			return nil, errors.Join(err, srv.abort(ctx))
		}
	}
	log.Debug("postgres ready", "data_dir", dir, "port", srv.Port, "version", srv.Version, "bin_dir", bin.dir)
	return srv, nil
}

// prepareCluster makes opts.DataDir a cluster no server runs on and returns
// the binaries to run it with. The caller holds the data dir's lock.
func prepareCluster(ctx context.Context, opts Options, acct *account, log *slog.Logger) (binaries, error) {
	dir := opts.DataDir
	if err := finishInterruptedBuild(dir, log); err != nil {
		return binaries{}, err
	}
	dataMajor, err := clusterMajor(dir)
	if err != nil {
		return binaries{}, err
	}
	bin, err := findBinaries(ctx, opts, dataMajor, installedOrDownloaded, log)
	if err != nil {
		return binaries{}, err
	}
	if err := prepareDataDir(dir, dataMajor == 0, acct); err != nil {
		return binaries{}, err
	}
	if acct != nil {
		if err := acct.ensureReachable(dir, log); err != nil {
			return binaries{}, err
		}
		if err := acct.ensureReachable(bin.dir, log); err != nil {
			return binaries{}, err
		}
	}
	if dataMajor == 0 {
		return bin, initdb(ctx, bin, dir, opts.Ephemeral, acct, log)
	}
	return bin, checkNotRunning(ctx, dir, opts.StartTimeout, log)
}

// clusterMajor is the major version recorded in dir/PG_VERSION, or 0 when
// dir holds no cluster yet.
func clusterMajor(dir string) (int, error) {
	b, err := os.ReadFile(filepath.Join(dir, "PG_VERSION"))
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read cluster version in %s: %w", dir, err)
	}
	v, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("data dir %s: PG_VERSION holds %q, not a PostgreSQL major version", dir, bytes.TrimSpace(b))
	}
	return v, nil
}

// createDataDir creates dir (mode 0700, as postgres requires) and its
// parents, unless it exists.
func createDataDir(dir string) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return fmt.Errorf("create parent of data dir %s: %w", dir, err)
	}
	if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
		return fmt.Errorf("create data dir %s: %w", dir, err)
	}
	return nil
}

// prepareDataDir checks a data dir that is to receive a new cluster (fresh)
// and, when running as root, hands it to the system user. A directory
// without a cluster must be empty: a non-empty one there is more likely a
// wrong path than a place for a database.
func prepareDataDir(dir string, fresh bool, acct *account) error {
	if fresh {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return fmt.Errorf("read data dir %s: %w", dir, err)
		}
		if len(entries) > 0 {
			return fmt.Errorf("data dir %s is not empty but holds no PostgreSQL cluster (no PG_VERSION); point the data dir at an empty or new directory", dir)
		}
		if err := os.Chmod(dir, 0o700); err != nil {
			return fmt.Errorf("restrict data dir %s to its owner: %w", dir, err)
		}
	}
	if acct != nil {
		if err := acct.own(dir); err != nil {
			return err
		}
	}
	return nil
}

// initdb creates the cluster: UTF8, C locale (byte-order collation, no
// dependence on the machine's locales), trust auth for local connections.
func initdb(ctx context.Context, bin binaries, dir string, ephemeral bool, acct *account, log *slog.Logger) error {
	log.Info("initialising postgres cluster", "data_dir", dir, "version", bin.major)
	return buildCluster(ctx, dir, log, func(ctx context.Context, stage string) error {
		args := []string{
			"-D", stage,
			"-U", Superuser,
			"--auth=trust",
			"--encoding=UTF8",
			"--locale=C",
		}
		if ephemeral {
			args = append(args, "--no-sync")
		}
		return runTool(ctx, command(bin.path("initdb"), args, dir, acct), log, fmt.Sprintf("initdb %s with %s", dir, bin.dir))
	})
}

// checkNotRunning gives a clear error when a live postgres already serves
// dir, and removes a postmaster.pid no live server holds. Postgres would
// take such a file over by itself only when its pid no longer exists; it
// refuses to start when the pid is a zombie (a killed server nobody reaped),
// another user's process (kill says EPERM) or an unrelated process of its
// own user, and every later start would fail the same way. A server that is
// still shutting down (its dito was just killed, and Pdeathsig asked it to
// stop) is waited for.
func checkNotRunning(ctx context.Context, dir string, timeout time.Duration, log *slog.Logger) error {
	pidFile := filepath.Join(dir, "postmaster.pid")
	deadline := time.Now().Add(timeout)
	for waited := false; ; waited = true {
		b, err := os.ReadFile(pidFile)
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", pidFile, err)
		}
		// Lines: pid, data dir, start time, port, socket dir, listen
		// address, shared memory key, status (starting/ready/stopping...).
		lines := strings.Split(string(b), "\n")
		line := func(i int) string {
			if i < len(lines) {
				return strings.TrimSpace(lines[i])
			}
			return ""
		}
		pid, err := strconv.Atoi(line(0))
		stale := ""
		switch {
		case err != nil || pid <= 0:
			stale = "it names no process (a server that died while starting)"
		case !processAlive(pid):
			stale = "its process is gone"
		default:
			cwd, err := processCwd(pid)
			real, rerr := filepath.EvalSymlinks(dir)
			if rerr != nil {
				real = dir
			}
			switch {
			case errors.Is(err, fs.ErrPermission):
				// A postmaster runs as the data dir's owner, whom we
				// may inspect (it is us, or we are root).
				stale = "its process belongs to another user"
			case err != nil:
				return nil // cannot tell on this platform: postgres judges
			case cwd != real && cwd != dir:
				stale = "its process is another program"
			}
		}
		if stale != "" {
			if err := os.Remove(pidFile); err != nil && !errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("remove stale %s (%s): %w", pidFile, stale, err)
			}
			log.Info("removed a stale postmaster.pid", "data_dir", dir, "pid", pid, "why", stale)
			return nil
		}
		if line(7) != "stopping" || time.Now().After(deadline) {
			port, _ := strconv.Atoi(line(3))
			return &InUseError{PID: pid, Port: port, DataDir: dir, Status: line(7)}
		}
		if !waited {
			log.Info("waiting for the previous postgres on this data dir to finish shutting down", "pid", pid, "data_dir", dir)
		}
		select {
		case <-time.After(100 * time.Millisecond):
		case <-ctx.Done():
			return fmt.Errorf("wait for the previous postgres (pid %d) on %s to shut down: %w", pid, dir, ctx.Err())
		}
	}
}

// launchWithRetries starts postgres, picking another free port when the one
// it chose was taken in the meantime, and waiting out the moments after a
// crash in which the old server's backends still hold its shared memory.
func launchWithRetries(ctx context.Context, opts Options, bin binaries, acct *account, log *slog.Logger) (*Server, error) {
	deadline := time.Now().Add(opts.StartTimeout)
	for attempt := 1; ; attempt++ {
		port := opts.Port
		if port == 0 {
			p, err := freePort()
			if err != nil {
				return nil, err
			}
			port = p
		}
		srv, err := launch(ctx, opts, bin, port, acct, log)
		if err == nil {
			return srv, nil
		}
		var se *startError
		if !errors.As(err, &se) || attempt >= 20 || time.Now().After(deadline) || ctx.Err() != nil {
			return nil, err
		}
		switch {
		case opts.Port == 0 && se.portInUse:
			log.Debug("port taken before postgres bound it; retrying", "port", port)
		case se.shmemInUse:
			log.Debug("previous server's processes still hold shared memory; retrying")
			select {
			case <-time.After(500 * time.Millisecond):
			case <-ctx.Done():
				return nil, err
			}
		default:
			return nil, err
		}
	}
}

// startError is a postgres that exited during start; the flags classify the
// output for launchWithRetries (postgres' only signal is its message text).
type startError struct {
	err        error
	portInUse  bool
	shmemInUse bool
}

func (e *startError) Error() string { return e.err.Error() }
func (e *startError) Unwrap() error { return e.err }

func launch(ctx context.Context, opts Options, bin binaries, port int, acct *account, log *slog.Logger) (*Server, error) {
	args := []string{
		"-D", opts.DataDir,
		"-p", strconv.Itoa(port),
		"-h", "127.0.0.1",
		"-k", "", // no unix socket: nothing to clean up, no directory to share
	}
	for _, kv := range serverSettings(opts) {
		args = append(args, "-c", kv)
	}
	out := newOutputLog(log, slog.LevelDebug)
	c, err := spawn(command(bin.path("postgres"), args, opts.DataDir, acct), out)
	if err != nil {
		return nil, fmt.Errorf("start postgres on %s: %w", opts.DataDir, err)
	}
	srv := &Server{
		DataDir: opts.DataDir,
		BinDir:  bin.dir,
		Port:    port,
		Version: bin.major,
		acct:    acct,
		log:     log,
		child:   c,
		out:     out,
	}
	if err := srv.waitReady(ctx, opts.StartTimeout); err != nil {
		return nil, err
	}
	out.ready.Store(true)
	return srv, nil
}

// serverSettings are the -c parameters: development defaults, then the
// Ephemeral speed-ups, then the caller's Settings, sorted for a stable
// command line.
func serverSettings(opts Options) []string {
	set := map[string]string{
		"log_line_prefix": "", // slog adds time and source
		"max_connections": "200",
	}
	if opts.Ephemeral {
		set["fsync"] = "off"
		set["synchronous_commit"] = "off"
		set["full_page_writes"] = "off"
	}
	for k, v := range opts.Settings {
		set[k] = v
	}
	kvs := make([]string, 0, len(set))
	for k, v := range set {
		kvs = append(kvs, k+"="+v)
	}
	slices.Sort(kvs)
	return kvs
}

// waitReady polls until the server accepts a connection, it exits, or the
// timeout passes; in the last two cases the server's last output is in the
// error, since that is where the reason is.
func (s *Server) waitReady(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, fmt.Errorf("no connection accepted within %s (Options.StartTimeout)", timeout))
	defer cancel()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var lastErr error
	for {
		lastErr = s.ping(ctx)
		if lastErr == nil {
			return nil
		}
		select {
		case <-s.child.done:
			tail := s.out.tail()
			return &startError{
				err:        fmt.Errorf("postgres on %s (port %d) exited during start: %v\n%s", s.DataDir, s.Port, s.child.err, tail),
				portInUse:  strings.Contains(tail, "could not bind") || strings.Contains(tail, "Address already in use"),
				shmemInUse: strings.Contains(tail, "pre-existing shared memory block"),
			}
		case <-ctx.Done():
			_ = s.abort(ctx)
			return fmt.Errorf("postgres on %s (port %d) not ready: %w (last attempt: %v)\n%s",
				s.DataDir, s.Port, context.Cause(ctx), lastErr, s.out.tail())
		case <-tick.C:
		}
	}
}

func (s *Server) ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	conn, err := pgconn.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return err
	}
	return conn.Close(ctx)
}

// ensureDatabase creates db unless it exists or the server is a standby.
func (s *Server) ensureDatabase(ctx context.Context, db string) error {
	conn, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return fmt.Errorf("connect to postgres on port %d to create database %q: %w", s.Port, db, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var exists, standby bool
	err = conn.QueryRow(ctx,
		`SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1), pg_is_in_recovery()`, db).Scan(&exists, &standby)
	if err != nil {
		return fmt.Errorf("check database %q: %w", db, err)
	}
	if exists || standby {
		return nil
	}
	_, err = conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{db}.Sanitize())
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P04" { // duplicate_database: a concurrent start won
		return nil
	}
	if err != nil {
		return fmt.Errorf("create database %q: %w", db, err)
	}
	s.log.Info("created database", "database", db)
	return nil
}

// freePort asks the kernel for a free port on 127.0.0.1. Another process can
// take it before postgres binds it; launchWithRetries handles that.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port on 127.0.0.1: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// command builds an exec.Cmd for a Postgres program: in its own process
// group (a Ctrl-C in the terminal reaches dito, which stops postgres in
// order, not postgres directly), dying with its parent, and as the system
// user when we are root. It runs in dir because postgres tools warn or fail
// when they cannot access the working directory they inherit (/root, say).
func command(path string, args []string, dir string, acct *account) *exec.Cmd {
	cmd := exec.Command(path, args...)
	cmd.Dir = dir
	cmd.SysProcAttr = procAttr(acct)
	// PG* variables are for clients; drop them so a developer's shell
	// (PGDATA, PGPORT...) cannot change what the server or initdb does.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	return cmd
}

// child is a started Postgres program.
type child struct {
	proc *os.Process
	done chan struct{}
	err  error // cmd.Wait's result; read only after done is closed
}

// spawn starts cmd with its output going to out. The start happens on a
// goroutine that keeps its OS thread until the child exits: Pdeathsig fires
// when the thread that forked the child exits, not the process, and the Go
// runtime may retire a thread a locked goroutine leaves behind. Returning
// while locked retires this thread, which is harmless once the child is gone.
func spawn(cmd *exec.Cmd, out *outputLog) (*child, error) {
	// A plain pipe file, not an io.Writer, so that cmd.Wait does not wait
	// for backends that inherited it and outlive a killed postmaster.
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("create output pipe for %s: %w", cmd.Path, err)
	}
	cmd.Stdout, cmd.Stderr = pw, pw
	c := &child{done: make(chan struct{})}
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		err := cmd.Start()
		_ = pw.Close() // the child has its own copy; EOF comes when the last writer exits
		if err != nil {
			_ = pr.Close()
			started <- err
			return
		}
		c.proc = cmd.Process
		started <- nil
		go out.copy(pr)
		c.err = cmd.Wait()
		out.wait()
		close(c.done)
	}()
	if err := <-started; err != nil {
		return nil, fmt.Errorf("run %s: %w", cmd.Path, err)
	}
	return c, nil
}

// run runs a short-lived program (initdb, pg_basebackup) to completion and
// kills its process group if ctx ends first.
func run(ctx context.Context, cmd *exec.Cmd, out *outputLog) error {
	c, err := spawn(cmd, out)
	if err != nil {
		return err
	}
	select {
	case <-c.done:
		return c.err
	case <-ctx.Done():
		_ = killGroup(c.proc.Pid)
		<-c.done
		return ctx.Err()
	}
}

// outputLog forwards a process's output to slog line by line and keeps the
// last lines for error messages.
type outputLog struct {
	log   *slog.Logger
	level slog.Level
	ready atomic.Bool // server accepts connections

	mu    sync.Mutex
	lines []string
	eof   chan struct{}
}

const tailLines = 40

func newOutputLog(log *slog.Logger, level slog.Level) *outputLog {
	return &outputLog{log: log, level: level, eof: make(chan struct{})}
}

func (o *outputLog) copy(r *os.File) {
	defer close(o.eof)
	defer r.Close()
	var partial []byte
	buf := make([]byte, 32*1024)
	level := o.level
	for {
		n, err := r.Read(buf)
		partial = append(partial, buf[:n]...)
		for {
			i := bytes.IndexByte(partial, '\n')
			if i < 0 {
				break
			}
			level = o.emit(string(partial[:i]), level)
			partial = partial[i+1:]
		}
		if err != nil {
			if len(partial) > 0 {
				o.emit(string(partial), level)
			}
			return
		}
	}
}

// wait blocks until the output has been read to the end, or briefly when
// orphaned backends keep the pipe open after a killed postmaster.
func (o *outputLog) wait() {
	select {
	case <-o.eof:
	case <-time.After(200 * time.Millisecond):
	}
}

// emit logs one line at a level derived from postgres' severity tag;
// continuation lines (DETAIL, HINT, tab-indented text) keep the level of the
// line they continue.
func (o *outputLog) emit(line string, prev slog.Level) slog.Level {
	line = strings.TrimRight(line, "\r")
	if line == "" {
		return prev
	}
	o.mu.Lock()
	if len(o.lines) == tailLines {
		o.lines = o.lines[1:]
	}
	o.lines = append(o.lines, line)
	o.mu.Unlock()

	tag, msg, ok := strings.Cut(line, ":  ")
	if !ok || !severities[tag] {
		o.log.Log(context.Background(), prev, line)
		return prev
	}
	level := o.level
	switch tag {
	case "PANIC":
		level = slog.LevelError
	case "WARNING":
		level = slog.LevelWarn
	case "FATAL":
		// A FATAL ends one session: refused connections while starting
		// (our own readiness probes), clients terminated by a shutdown,
		// bad credentials. One that stops the server is in Start's error
		// anyway.
		if o.ready.Load() {
			level = slog.LevelInfo
		}
	case "DETAIL", "HINT", "CONTEXT", "STATEMENT", "QUERY", "LOCATION":
		level = prev // continues the line before
	}
	// ERROR (a failed statement, which its client reports), LOG and the
	// rest stay at the base level.
	o.log.Log(context.Background(), level, msg, "severity", tag)
	return level
}

// severities are the tags postgres starts a log line with when
// log_line_prefix is empty.
var severities = map[string]bool{
	"DEBUG": true, "DEBUG1": true, "DEBUG2": true, "DEBUG3": true, "DEBUG4": true, "DEBUG5": true,
	"INFO": true, "NOTICE": true, "WARNING": true, "ERROR": true, "LOG": true, "FATAL": true, "PANIC": true,
	"DETAIL": true, "HINT": true, "CONTEXT": true, "STATEMENT": true, "QUERY": true, "LOCATION": true,
}

// tail is the last lines of output, for error messages.
func (o *outputLog) tail() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return strings.Join(o.lines, "\n")
}
