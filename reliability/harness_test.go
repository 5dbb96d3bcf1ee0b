//go:build unix

package reliability

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite" // "sqlite" driver for reading the files directly

	"github.com/newsroom/newsbot/store"
)

// guard bounds every wait on the program; tests never assert on it.
const guard = 60 * time.Second

// bins are the programs under test, built once by TestMain without -race:
// the race detector would slow the bot ten times and change what a kill
// interrupts.
var bins struct{ bot, fill string }

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsbot-reliability-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "reliability:", err)
		os.Exit(1)
	}
	bins.bot, bins.fill = filepath.Join(dir, "bot"), filepath.Join(dir, "fill")
	for out, pkg := range map[string]string{bins.bot: "./cmd/bot", bins.fill: "./reliability/internal/fill"} {
		if err := goBuild(out, pkg); err != nil {
			fmt.Fprintln(os.Stderr, "reliability:", err)
			os.RemoveAll(dir)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// goBuild builds pkg (relative to the module root) with the toolchain that
// runs the tests.
func goBuild(out, pkg string) error {
	//lint:ignore SA1019 the toolchain running this test is the one to build with (brief: runtime.GOROOT()/bin/go)
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		gobin = "go"
	}
	cmd := exec.Command(gobin, "build", "-o", out, pkg)
	cmd.Dir = ".."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s: %w\n%s", pkg, err, stderr.String())
	}
	return nil
}

// result is one finished run of the bot.
type result struct {
	stdout, stderr string
	code           int // exit status; -1 when killed by a signal
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, clip(r.stdout), clip(r.stderr))
}

func clip(s string) string {
	if len(s) > 3000 {
		return s[:1500] + "\n...\n" + s[len(s)-1500:]
	}
	return s
}

// botCmd prepares the bot with exactly env (plus PATH and HOME), in an empty
// directory so that no stray .env file is read.
func botCmd(ctx context.Context, t testing.TB, env map[string]string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.CommandContext(ctx, bins.bot, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + cmd.Dir, "TMPDIR=" + os.TempDir()}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	return cmd
}

// runBot runs the bot to completion (bounded by guard).
func runBot(t testing.TB, env map[string]string, stdin io.Reader, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	cmd := botCmd(ctx, t, env, args...)
	var out, errOut bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, &out, &errOut
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errOut.String()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	default:
		t.Fatalf("bot %s: %v", strings.Join(args, " "), err)
	}
	if ctx.Err() != nil {
		t.Fatalf("bot %s did not finish within %s\n%s", strings.Join(args, " "), guard, r)
	}
	return r
}

// runCmd runs another program to completion (bounded by guard).
func runCmd(t testing.TB, name string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errOut.String()}
	if ee, ok := errors.AsType[*exec.ExitError](err); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

// killAfter starts the bot, sends SIGKILL after d and reports whether the
// process was still running then (false: it had already finished).
func killAfter(t testing.TB, env map[string]string, d time.Duration, args ...string) (killed bool, r result) {
	t.Helper()
	return killWhen(t, env, nil, d, args...)
}

// killWhen is killAfter with d counted from the moment ready (polled every
// millisecond) first holds; nil means from the start.
func killWhen(t testing.TB, env map[string]string, ready func() bool, d time.Duration, args ...string) (killed bool, r result) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	cmd := botCmd(ctx, t, env, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatalf("start bot: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	exited := false
	for ready != nil && !ready() && !exited {
		select {
		case err = <-done:
			exited = true
		case <-time.After(time.Millisecond):
		}
	}
	if !exited {
		timer := time.NewTimer(d)
		defer timer.Stop()
		select {
		case err = <-done:
		case <-timer.C:
			_ = cmd.Process.Signal(syscall.SIGKILL)
			err = <-done
		}
	}
	r = result{stdout: out.String(), stderr: errOut.String()}
	if ee, ok := errors.AsType[*exec.ExitError](err); ok {
		r.code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			return true, r
		}
	}
	return false, r
}

// seeded returns a random source and logs its seed;
// NEWSBOT_RELIABILITY_SEED replays a run.
func seeded(t testing.TB) *rand.Rand {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("NEWSBOT_RELIABILITY_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("NEWSBOT_RELIABILITY_SEED: %v", err)
		}
		seed = v
	}
	t.Logf("seed %d (replay with NEWSBOT_RELIABILITY_SEED=%d)", seed, seed)
	return rand.New(rand.NewPCG(seed, 0x6e657773626f74))
}

// envInt reads a positive integer knob, or def.
func envInt(t testing.TB, name string, def int) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		t.Fatalf("%s=%q: want a non-negative integer", name, s)
	}
	return n
}

// figure logs a measured figure in a form RESULTS.md quotes.
func figure(t testing.TB, format string, args ...any) {
	t.Helper()
	t.Logf("FIGURE "+format, args...)
}

// writeArchive writes stories [from, from+n) of seed to a JSONL file.
func writeArchive(t testing.TB, seed uint64, from, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("archive-%d-%d-%d.jsonl", seed, from, n))
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteJSONL(f, seed, from, n); err != nil {
		f.Close()
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// openRaw opens a database file with database/sql directly, bypassing the
// store, to look at what is really there.
func openRaw(t testing.TB, path string) *sql.DB {
	t.Helper()
	db := store.OpenSQL(path, false)
	t.Cleanup(func() { db.Close() })
	return db
}

func count(t testing.TB, db *sql.DB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// syncBuffer collects a process's output while it runs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// integrity opens the file with the store (which recovers the WAL and
// checks migrations) and runs its integrity check.
func integrity(t testing.TB, path string) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	st, err := store.Open(ctx, path)
	if err != nil {
		return fmt.Errorf("store.Open: %w", err)
	}
	err = st.IntegrityCheck(ctx)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	return err
}
