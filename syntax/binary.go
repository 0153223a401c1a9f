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

func (e *encoder) uvarint(v uint64) {
	if e.err == nil {
		n := binary.PutUvarint(e.buf[:], v)
		_, e.err = e.w.Write(e.buf[:n])
	}
}

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) u32(v uint32) {
	if e.err == nil {
		binary.LittleEndian.PutUint32(e.buf[:4], v)
		_, e.err = e.w.Write(e.buf[:4])
	}
}

func (e *encoder) u64(v uint64) {
	if e.err == nil {
		binary.LittleEndian.PutUint64(e.buf[:8], v)
		_, e.err = e.w.Write(e.buf[:8])
	}
}

func (e *encoder) f32(v float32) { e.u32(math.Float32bits(v)) }

// decoder reads what encoder wrote, remembering the first error.
type decoder struct {
	r   *bufio.Reader
	err error
}

var errCorrupt = errors.New("corrupt model data")

func (d *decoder) fail(err error) {
	if d.err == nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		d.err = err
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	d.fail(err)
	return v
}

// count reads a length and checks it against limit.
func (d *decoder) count(limit int) int {
	v := d.uvarint()
	if v > uint64(limit) {
		d.fail(fmt.Errorf("%w: count %d over %d", errCorrupt, v, limit))
		return 0
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.count(1 << 16)
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	_, err := io.ReadFull(d.r, b)
	d.fail(err)
	return string(b)
}

func (d *decoder) strs(limit int) []string {
	n := d.count(limit)
	out := make([]string, 0, n)
	for range n {
		out = append(out, d.str())
	}
	return out
}

func (d *decoder) u32() uint32 {
	var b [4]byte
	if d.err == nil {
		_, err := io.ReadFull(d.r, b[:])
		d.fail(err)
	}
	return binary.LittleEndian.Uint32(b[:])
}

func (d *decoder) u64() uint64 {
	var b [8]byte
	if d.err == nil {
		_, err := io.ReadFull(d.r, b[:])
		d.fail(err)
	}
	return binary.LittleEndian.Uint64(b[:])
}

func (d *decoder) f32() float32 { return math.Float32frombits(d.u32()) }
