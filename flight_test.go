package readout

import (
	"testing"
	"time"
)

// entered reports whether enter(n) returns within a short wait.
func entered(f *flight, n int) (ok, returned bool) {
	res := make(chan bool, 1)
	go func() { res <- f.enter(n) }()
	select {
	case ok := <-res:
		return ok, true
	case <-time.After(50 * time.Millisecond):
		return false, false
	}
}

func TestFlightBounds(t *testing.T) {
	f := newFlight(3, 100)
	for i := range 3 {
		if ok, ret := entered(f, 10); !ok || !ret {
			t.Fatalf("article %d of 10 bytes not admitted", i)
		}
	}
	res := make(chan bool, 1)
	go func() { res <- f.enter(10) }()
	select {
	case <-res:
		t.Fatal("a fourth article was admitted past the count")
	case <-time.After(50 * time.Millisecond):
	}
	f.leave(10)
	if ok := <-res; !ok {
		t.Fatal("the waiting article was not admitted once one left")
	}
	for range 3 {
		f.leave(10)
	}

	// A large article is admitted alone, then holds back the next.
	if ok, ret := entered(f, 500); !ok || !ret {
		t.Fatal("an article over the byte bound is not admitted alone")
	}
	if _, ret := entered(f, 1); ret {
		t.Fatal("an article was admitted beside one over the byte bound")
	}
	f.stop() // wakes the waiting enter, which counts nothing
	if ok, ret := entered(f, 1); ok || !ret {
		t.Fatal("enter after stop must return false at once")
	}
}
