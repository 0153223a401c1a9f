package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// binary is the readout executable built for these tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "readout-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "readout")
	build := exec.Command("go", "build", "-o", binary, "./cmd/readout")
	build.Dir = repoRoot()
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building readout: %v\n%s", err, out)
		os.Exit(1)
	}
	noPipeline = probePipeline(dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// repoRoot is the directory holding go.mod above this package.
func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Dir(file)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			panic("no go.mod above " + file)
		}
		dir = parent
	}
}

func inCI() bool { return os.Getenv("CI") == "true" }

// noPipeline is readout's own message when the build has no coding
// pipeline yet ("" when it has one).
var noPipeline string

// probePipeline codes one line of text and returns the error readout gives
// when its coding pipeline is not assembled, or "".
func probePipeline(dir string) string {
	cmd := exec.Command(binary, "ingest", "--db", filepath.Join(dir, "probe.db"), "--progress", "never", "-")
	cmd.Stdin = strings.NewReader("Xi spoke with Putin.\n")
	out, _ := cmd.CombinedOutput()
	if strings.Contains(string(out), "not assembled yet") {
		return strings.TrimSpace(string(out))
	}
	return ""
}

// needPipeline skips a test that codes articles when the build cannot.
func needPipeline(t testing.TB) {
	t.Helper()
	if noPipeline != "" {
		t.Skipf("readout cannot code yet: %s", noPipeline)
	}
}

// glob returns the files matching pattern, failing when there are none.
func glob(t testing.TB, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil || len(m) == 0 {
		t.Fatalf("no files match %s", pattern)
	}
	return m
}

// readout runs the binary to completion and returns its stderr.
func readout(t testing.TB, args ...string) string {
	t.Helper()
	cmd := exec.Command(binary, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("readout %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stderr.String()
}

// serve starts `readout serve` on a free loopback port and returns its
// base URL; the process is stopped when the test ends.
func serve(t testing.TB, db string, extra ...string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(binary, append([]string{"serve", "--db", db, "--addr", addr}, extra...)...)
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	logs := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			select {
			case logs <- sc.Text():
			default:
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
	})
	base := "http://" + addr
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for ctx.Err() == nil {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return base
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("readout serve did not come up on %s", addr)
	return ""
}
