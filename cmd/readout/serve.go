package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/readout/readout/server"
	"github.com/readout/readout/store"
)

func runServe(args []string, stdout, stderr io.Writer) error {
	flags := newFlags("serve", "[OPTIONS]", stderr)
	db := flags.String("db", "readout.db", "database `file` (created if missing)")
	addr := flags.String("addr", "127.0.0.1:8080", "address to listen on")
	token := flags.String("token", "", "token that POST requests must send (default $READOUT_TOKEN); required off loopback")
	maxBody := flags.Int64("max-body", server.DefaultMaxBody, "largest request body in bytes")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if *token == "" {
		*token = os.Getenv("READOUT_TOKEN")
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if !loopback(ln.Addr()) && *token == "" {
		ln.Close()
		return fmt.Errorf("listening on %s, which is not a loopback address, needs a token (--token or READOUT_TOKEN)", ln.Addr())
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := store.Open(ctx, *db)
	if err != nil {
		ln.Close()
		return err
	}
	defer st.Close()
	logger := log.New(stderr, "readout serve: ", log.LstdFlags)
	coder, err := newCoder()
	if err != nil {
		// The store can still be searched; coding endpoints answer 503.
		logger.Printf("serving without coding: %v", err)
		coder = nil
	}
	srv := &http.Server{
		Handler: server.New(server.Config{Store: st, Coder: coder, Token: *token, Version: versionString(),
			MaxBody: *maxBody, Log: logger}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 16,
		ErrorLog:          logger,
	}
	fmt.Fprintf(stderr, "readout serve: listening on http://%s (database %s)\n", ln.Addr(), *db)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// loopback reports whether a listener's address is on the loopback
// interface (127.0.0.0/8 or ::1).
func loopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}
