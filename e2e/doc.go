// Package e2e holds readout's end-to-end tests. They build the readout
// binary, run `readout ingest` and `readout serve` as real processes on
// temporary databases, and drive the web UI in headless Chromium.
//
// Tests that need the shared data (../shared beside the repository) skip
// when it is absent, and fail instead when CI=true. Browser tests skip when
// no Chromium is installed, unless CI=true. On a browser test failure a
// screenshot is written to the test's log directory (printed in the log).
package e2e
