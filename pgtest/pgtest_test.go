package pgtest_test

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/distributedtown/dito-graph/embedpg"
	"github.com/distributedtown/dito-graph/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func connect(t *testing.T, dbURL string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatalf("connect %s: %v", dbURL, err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func exec1(t *testing.T, conn *pgx.Conn, sql string) {
	t.Helper()
	if _, err := conn.Exec(context.Background(), sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

func tableExists(t *testing.T, conn *pgx.Conn, table string) bool {
	t.Helper()
	var ok bool
	if err := conn.QueryRow(context.Background(), `SELECT to_regclass($1) IS NOT NULL`, table).Scan(&ok); err != nil {
		t.Fatalf("check table %s: %v", table, err)
	}
	return ok
}

func dbName(t *testing.T, dbURL string) string {
	t.Helper()
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimPrefix(u.Path, "/")
}

func databaseExists(t *testing.T, name string) bool {
	t.Helper()
	conn := connect(t, pgtest.Server(t).URL("postgres"))
	var ok bool
	if err := conn.QueryRow(context.Background(), `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&ok); err != nil {
		t.Fatal(err)
	}
	return ok
}

func TestDatabasesAreIsolated(t *testing.T) {
	t.Parallel()
	a, b := pgtest.NewDatabase(t), pgtest.NewDatabase(t)
	if a == b {
		t.Fatalf("two databases share the URL %s", a)
	}
	exec1(t, connect(t, a), `CREATE TABLE towns (id int)`)
	if tableExists(t, connect(t, b), "towns") {
		t.Fatal("table created in one database is visible in another")
	}
}

func TestDatabaseIsDroppedWhenTheTestEnds(t *testing.T) {
	t.Parallel()
	var name string
	t.Run("user", func(t *testing.T) {
		dbURL := pgtest.NewDatabase(t)
		name = dbName(t, dbURL)
		if !databaseExists(t, name) {
			t.Fatalf("database %s does not exist during the test", name)
		}
		// A connection the test forgot to close must not stop the drop.
		if _, err := pgx.Connect(context.Background(), dbURL); err != nil {
			t.Fatal(err)
		}
	})
	if databaseExists(t, name) {
		t.Fatalf("database %s still exists after its test ended", name)
	}
}

// templateName gives each run of a test its own template: templates live as
// long as the test binary, so under -count=2 a fixed name would find the
// first run's template and never call the setup these tests watch.
func templateName(base string) string {
	return fmt.Sprintf("%s_%d", base, templateRuns.Add(1))
}

var templateRuns atomic.Int64

func TestTemplateSetupRunsOnceAndEveryDatabaseStartsFromIt(t *testing.T) {
	t.Parallel()
	var setups atomic.Int32
	setup := func(ctx context.Context, dbURL string) error {
		setups.Add(1)
		conn, err := pgx.Connect(ctx, dbURL)
		if err != nil {
			return err
		}
		defer conn.Close(ctx)
		_, err = conn.Exec(ctx, `CREATE TABLE towns (id int PRIMARY KEY); INSERT INTO towns VALUES (1)`)
		return err
	}
	name := templateName("towns_v1")
	for i := range 6 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			conn := connect(t, pgtest.NewDatabase(t, pgtest.WithTemplate(name, setup)))
			// Each copy starts with the template's one row and writes its
			// own; a shared database would show other subtests' rows.
			exec1(t, conn, fmt.Sprintf(`INSERT INTO towns VALUES (%d)`, 100+i))
			var n int
			if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM towns`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 2 {
				t.Fatalf("towns has %d rows, want the template's 1 plus this test's 1", n)
			}
		})
	}
	t.Cleanup(func() {
		if n := setups.Load(); n != 1 {
			t.Errorf("template setup ran %d times, want once", n)
		}
	})
}

func TestTemplateSetupMayLeaveConnectionsOpen(t *testing.T) {
	t.Parallel()
	leaked := make(chan *pgx.Conn, 1)
	setup := func(ctx context.Context, dbURL string) error {
		conn, err := pgx.Connect(ctx, dbURL)
		if err != nil {
			return err
		}
		leaked <- conn
		_, err = conn.Exec(ctx, `CREATE TABLE skills (id int)`)
		return err
	}
	dbURL := pgtest.NewDatabase(t, pgtest.WithTemplate(templateName("leaky"), setup))
	(<-leaked).Close(context.Background())
	if !tableExists(t, connect(t, dbURL), "skills") {
		t.Fatal("database made from the template lacks the template's table")
	}
}

// failingTemplateEnv makes TestHelperFailingTemplate run; it is the child
// of TestFailingTemplateSetupFailsTheTest.
const failingTemplateEnv = "PGTEST_HELPER_FAILING_TEMPLATE"

func TestHelperFailingTemplate(t *testing.T) {
	if os.Getenv(failingTemplateEnv) == "" {
		return // only meaningful as the child process below
	}
	pgtest.NewDatabase(t, pgtest.WithTemplate("broken", func(context.Context, string) error {
		return errors.New("migration 3 is bad")
	}))
	t.Log("NewDatabase returned despite the failed setup")
}

func TestFailingTemplateSetupFailsTheTest(t *testing.T) {
	t.Parallel()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperFailingTemplate$", "-test.v")
	cmd.Env = append(os.Environ(), failingTemplateEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("test with a failing template setup passed:\n%s", out)
	}
	if !strings.Contains(string(out), "migration 3 is bad") || strings.Contains(string(out), "returned despite") {
		t.Fatalf("output does not stop at the setup error:\n%s", out)
	}
}

func TestServerExposesBinariesForReplicas(t *testing.T) {
	t.Parallel()
	srv := pgtest.Server(t)
	if srv.Embedded == nil {
		t.Skip("DITO_TEST_DATABASE_URL points at an external server")
	}
	if _, err := os.Stat(filepath.Join(srv.BinDir(), "pg_basebackup")); err != nil {
		t.Fatalf("pg_basebackup next to the server's binaries: %v", err)
	}
	private := pgtest.NewServer(t, embedpg.Options{})
	if private.Port == srv.Embedded.Port || private.DataDir == srv.Embedded.DataDir {
		t.Fatalf("NewServer reused the shared server (port %d, dir %s)", private.Port, private.DataDir)
	}
	connect(t, private.URL("postgres"))
}
