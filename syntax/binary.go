package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// encoder writes the model file's primitive values: unsigned varints,
// length-prefixed strings and little-endian fixed-size numbers.
type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) uvarint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	e.write(e.buf[:n])
}

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.write([]byte(s))
}

func (e *encoder) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) u64(v uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], v)
	e.write(e.buf[:8])
}

func (e *encoder) f32(v float32) {
	binary.LittleEndian.PutUint32(e.buf[:4], math.Float32bits(v))
	e.write(e.buf[:4])
}

// decoder reads what encoder wrote from a byte slice, remembering the
// first error; after an error every read returns zero values. With r set,
// b is a window onto what r yields, refilled as reads need it, so that a
// large section can be decoded without being held whole.
type decoder struct {
	b   []byte
	err error
	r   io.Reader
	buf []byte // the window's storage when r is set
}

// fill makes the window hold at least n bytes, or everything left in r.
func (d *decoder) fill(n int) {
	if d.r == nil || len(d.b) >= n || d.err != nil {
		return
	}
	if cap(d.buf) < n {
		d.buf = make([]byte, 0, max(n, 2*cap(d.buf), 64<<10))
	}
	have := copy(d.buf[:cap(d.buf)], d.b)
	for have < n {
		k, err := d.r.Read(d.buf[have:cap(d.buf)])
		have += k
		if err == io.EOF {
			break
		}
		if err != nil {
			d.err = err
			break
		}
	}
	d.b = d.buf[:have]
}

// atEnd reports whether nothing is left to read.
func (d *decoder) atEnd() bool {
	d.fill(1)
	return len(d.b) == 0
}

var errCorrupt = errors.New("corrupt model data")

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", errCorrupt, fmt.Sprintf(format, args...))
	}
}

// take returns the next n bytes.
func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n >= 0 {
		d.fill(n)
	}
	if n < 0 || n > len(d.b) {
		d.fail("truncated")
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	d.fill(binary.MaxVarintLen64)
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("bad number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length and checks it against limit.
func (d *decoder) count(limit int) int {
	v := d.uvarint()
	if v > uint64(max(limit, 0)) {
		d.fail("count %d over %d", v, limit)
		return 0
	}
	return int(v)
}

// length reads a number of items that follow, each at least one byte, so
// a corrupt count cannot make the reader allocate more than the data.
func (d *decoder) length(limit int) int {
	return d.count(min(limit, len(d.b)))
}

func (d *decoder) str() string { return string(d.take(d.count(1 << 16))) }

func (d *decoder) strs(limit int) []string {
	n := d.length(limit)
	out := make([]string, 0, n)
	for range n {
		out = append(out, d.str())
	}
	return out
}

func (d *decoder) u64() uint64 {
	b := d.take(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (d *decoder) f32() float32 {
	b := d.take(4)
	if b == nil {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b))
}
