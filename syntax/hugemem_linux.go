package syntax

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on amd64 and arm64.
const hugePage = 2 << 20

// madvHugepage is MADV_HUGEPAGE.
const madvHugepage = 14

// tableWords returns a zeroed slice of n words for the slots of t. A
// large one gets memory of its own, mapped apart from the Go heap and
// marked for transparent huge pages: filling a table of 4 KiB pages takes
// one page fault per page, which on virtual machines costs more than
// decoding the table (12 MB of slots: 3,000 faults, 50–150 ms of CPU,
// against under 15 ms in 2 MiB pages). The mapping is released once t is
// unreachable. Where mapping fails the memory comes from make.
func tableWords[T uint32 | uint64](t *table, n int) []T {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if size < hugePage/2 {
		return make([]T, n)
	}
	mapped := (size + 2*hugePage - 1) / hugePage * hugePage // room to align the start
	mem, err := syscall.Mmap(-1, 0, mapped, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]T, n)
	}
	start := 0
	if r := int(uintptr(unsafe.Pointer(&mem[0])) % hugePage); r != 0 {
		start = hugePage - r
	}
	_ = syscall.Madvise(mem[start:], madvHugepage) // only a hint: 4 KiB pages work too
	runtime.AddCleanup(t, func(m []byte) { _ = syscall.Munmap(m) }, mem)
	return unsafe.Slice((*T)(unsafe.Pointer(&mem[start])), n)
}
