//go:build unix

package embedpg_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/distributedtown/dito-graph/embedpg"
)

// childDataDirEnv makes the test binary act as a parent process that starts
// a server and then waits to be killed (TestServerDiesWithKilledParent).
const childDataDirEnv = "EMBEDPG_TEST_CHILD_DATA_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(childDataDirEnv); dir != "" {
		runChild(dir)
		return
	}
	os.Exit(m.Run())
}

func runChild(dir string) {
	srv, err := embedpg.Start(context.Background(), embedpg.Options{DataDir: dir, Ephemeral: true})
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println("pid", postmasterPid(srv.DataDir))
	select {} // until killed
}

func start(t *testing.T, opts embedpg.Options) *embedpg.Server {
	t.Helper()
	if opts.DataDir == "" {
		opts.DataDir = filepath.Join(t.TempDir(), "pg")
	}
	opts.Ephemeral = true
	if testing.Verbose() {
		opts.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	srv, err := embedpg.Start(ctx, opts)
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() { stop(t, srv) })
	return srv
}

func stop(t *testing.T, srv *embedpg.Server) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Stop(ctx); err != nil {
		t.Errorf("stop: %v", err)
	}
}

func connect(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func exec1(t *testing.T, conn *pgx.Conn, sql string, args ...any) {
	t.Helper()
	if _, err := conn.Exec(context.Background(), sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

func postmasterPid(dataDir string) int {
	b, err := os.ReadFile(filepath.Join(dataDir, "postmaster.pid"))
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	return pid
}

// gone waits until pid no longer exists (zombies count as gone: a reaped
// child of a dead parent is adopted and reaped by init).
func gone(pid int, within time.Duration) bool {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			return true
		}
		if f := strings.Fields(string(b)); len(f) > 2 && f[2] == "Z" {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

func TestStartServesQueriesAndStopEndsTheProcess(t *testing.T) {
	t.Parallel()
	srv := start(t, embedpg.Options{Database: "dito"})
	if srv.Version < 12 || srv.Port == 0 || srv.BinDir == "" {
		t.Fatalf("server = %+v, want version, port and bin dir set", srv)
	}
	conn := connect(t, srv.URL("dito"))
	var db, encoding, collate string
	err := conn.QueryRow(context.Background(),
		`SELECT current_database(), pg_encoding_to_char(encoding), datcollate FROM pg_database WHERE datname = current_database()`).
		Scan(&db, &encoding, &collate)
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	if db != "dito" || encoding != "UTF8" || collate != "C" {
		t.Fatalf("database %q encoding %q collate %q, want dito UTF8 C", db, encoding, collate)
	}
	conn.Close(context.Background())

	stop(t, srv)
	select {
	case <-srv.Done():
	default:
		t.Fatal("Done not closed after Stop")
	}
	if err := srv.Err(); err != nil {
		t.Fatalf("exit after fast shutdown: %v", err)
	}
	if _, err := os.Stat(filepath.Join(srv.DataDir, "postmaster.pid")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("postmaster.pid after clean stop: %v, want it removed", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if c, err := pgx.Connect(ctx, srv.URL("dito")); err == nil {
		c.Close(ctx)
		t.Fatal("connected after Stop")
	}
}

func TestRestartReusesTheDataDir(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "pg")
	first := start(t, embedpg.Options{DataDir: dir, Database: "dito"})
	exec1(t, connect(t, first.URL("dito")), `CREATE TABLE towns (id int PRIMARY KEY); INSERT INTO towns VALUES (7)`)
	stop(t, first)

	second := start(t, embedpg.Options{DataDir: dir, Database: "dito"})
	var id int
	if err := connect(t, second.URL("dito")).QueryRow(context.Background(), `SELECT id FROM towns`).Scan(&id); err != nil {
		t.Fatalf("read table made by the first run: %v", err)
	}
	if id != 7 {
		t.Fatalf("id = %d, want 7", id)
	}
}

func TestRestartAfterKillRecovers(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "pg")
	// Ephemeral turns synchronous_commit off, so a commit may still sit in
	// shared WAL buffers when the server is killed; this test is about
	// committed data surviving, so it waits for the WAL write.
	durable := map[string]string{"synchronous_commit": "on"}
	first := start(t, embedpg.Options{DataDir: dir, Database: "dito", Settings: durable})
	conn := connect(t, first.URL("dito"))
	exec1(t, conn, `CREATE TABLE towns (id int PRIMARY KEY); INSERT INTO towns VALUES (1), (2)`)
	pid := postmasterPid(dir)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("kill postmaster %d: %v", pid, err)
	}
	<-first.Done()
	if _, err := os.Stat(filepath.Join(dir, "postmaster.pid")); err != nil {
		t.Fatalf("want a stale postmaster.pid after SIGKILL: %v", err)
	}
	// The backend serving conn outlives its postmaster for a moment and
	// holds the old shared memory; Start must wait that out.
	second := start(t, embedpg.Options{DataDir: dir, Database: "dito"})
	var n int
	if err := connect(t, second.URL("dito")).QueryRow(context.Background(), `SELECT count(*) FROM towns`).Scan(&n); err != nil {
		t.Fatalf("read after crash recovery: %v", err)
	}
	if n != 2 {
		t.Fatalf("rows = %d, want 2", n)
	}
}

func TestStartRefusesADataDirAnotherServerRuns(t *testing.T) {
	t.Parallel()
	srv := start(t, embedpg.Options{})
	_, err := embedpg.Start(context.Background(), embedpg.Options{DataDir: srv.DataDir, Ephemeral: true})
	if !errors.Is(err, embedpg.ErrDataDirInUse) {
		t.Fatalf("second start on a live data dir: %v, want ErrDataDirInUse", err)
	}
	if !strings.Contains(err.Error(), strconv.Itoa(srv.Port)) {
		t.Fatalf("error %q does not name the running server's port %d", err, srv.Port)
	}
	var inUse *embedpg.InUseError
	if !errors.As(err, &inUse) || inUse.PID <= 0 {
		t.Fatalf("error %v is not an InUseError naming the server's pid", err)
	}
	// A short-lived command reaches the running server through it.
	if got, want := inUse.URL("postgres"), srv.URL("postgres"); got != want {
		t.Fatalf("InUseError.URL = %q, want the running server's %q", got, want)
	}
	connect(t, inUse.URL("postgres")) // the first server is unharmed and reachable
}

func TestStartReplicaStreamsFromPrimary(t *testing.T) {
	t.Parallel()
	primary := start(t, embedpg.Options{Database: "dito"})
	exec1(t, connect(t, primary.URL("dito")), `CREATE TABLE towns (id int)`)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	replica, err := embedpg.StartReplica(ctx, primary, embedpg.Options{DataDir: filepath.Join(t.TempDir(), "replica"), Ephemeral: true})
	if err != nil {
		t.Fatalf("start replica: %v", err)
	}
	t.Cleanup(func() { stop(t, replica) })

	exec1(t, connect(t, primary.URL("dito")), `INSERT INTO towns VALUES (42)`)
	rconn := connect(t, replica.URL("dito"))
	var standby bool
	if err := rconn.QueryRow(ctx, `SELECT pg_is_in_recovery()`).Scan(&standby); err != nil || !standby {
		t.Fatalf("replica in recovery = %v (%v), want true", standby, err)
	}
	var n int
	for n == 0 && ctx.Err() == nil { // replication is asynchronous: wait for the row
		if err := rconn.QueryRow(ctx, `SELECT count(*) FROM towns WHERE id = 42`).Scan(&n); err != nil {
			t.Fatalf("read on replica: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if n != 1 {
		t.Fatalf("row written on the primary never reached the replica: %v", ctx.Err())
	}
	if _, err := rconn.Exec(ctx, `INSERT INTO towns VALUES (1)`); err == nil {
		t.Fatal("write on the replica succeeded, want read-only")
	}
}

func TestServerDiesWithKilledParent(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "pg")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childDataDirEnv+"="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start parent process: %v", err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("read from parent process: %v", err)
	}
	var pid int
	if _, err := fmt.Sscanf(line, "pid %d", &pid); err != nil || pid == 0 {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("parent process said %q, want its postgres pid", line)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("kill parent: %v", err)
	}
	_ = cmd.Wait()
	// A supervisor restarting dito at once finds the old server shutting
	// down on its own; Start waits for it rather than calling it in use.
	srv := start(t, embedpg.Options{DataDir: dir})
	if !gone(pid, 30*time.Second) {
		_ = syscall.Kill(pid, syscall.SIGKILL)
		t.Fatalf("postgres %d outlived its SIGKILLed parent", pid)
	}
	connect(t, srv.URL("postgres"))
}

// Run as root (as `go run ./cmd/dito` in a container is), Postgres runs as
// the postgres system user, which owns the data dir and is let through a
// private parent like /root without opening it to anyone else.
func TestRootRunsPostgresAsSystemUserBehindPrivateParent(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("root only: as another user postgres runs as that user")
	}
	t.Parallel()
	home := t.TempDir()
	if err := os.Chmod(home, 0o700); err != nil {
		t.Fatal(err)
	}
	pgUser, err := user.Lookup("postgres")
	if err != nil {
		t.Fatalf("look up the postgres user: %v", err)
	}
	srv := start(t, embedpg.Options{DataDir: filepath.Join(home, ".local", "share", "dito")})
	connect(t, srv.URL("postgres"))

	fi, err := os.Stat(srv.DataDir)
	if err != nil {
		t.Fatal(err)
	}
	if owner := strconv.Itoa(int(fi.Sys().(*syscall.Stat_t).Uid)); owner != pgUser.Uid {
		t.Fatalf("data dir owned by uid %s, want postgres (%s)", owner, pgUser.Uid)
	}
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", postmasterPid(srv.DataDir)))
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(status)) {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "Uid:" && f[1] != pgUser.Uid {
			t.Fatalf("postmaster runs as uid %s, want postgres (%s)", f[1], pgUser.Uid)
		}
	}
	hf, err := os.Stat(home)
	if err != nil {
		t.Fatal(err)
	}
	if perm := hf.Mode().Perm(); perm&0o700 != 0o700 || perm&0o007 != 0 {
		t.Fatalf("private parent mode %v: owner lost access or others gained it", perm)
	}
}

func TestNonEmptyDirWithoutClusterIsRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := embedpg.Start(context.Background(), embedpg.Options{DataDir: dir})
	if err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("start on a non-empty non-cluster dir: %v, want a 'not empty' error", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "notes.txt")); err != nil || string(b) != "mine" {
		t.Fatalf("the directory's file was touched: %q, %v", b, err)
	}
}

func TestBinDirWithoutPostgresIsAnError(t *testing.T) {
	t.Parallel()
	_, err := embedpg.Start(context.Background(), embedpg.Options{DataDir: t.TempDir(), BinDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "no postgres in") {
		t.Fatalf("start with an empty BinDir: %v, want 'no postgres in'", err)
	}
}
