//go:build unix

// Package cputime measures the CPU time this process has used. On a shared
// machine it is a steadier base for throughput figures than wall time,
// which counts the time other jobs held the cores. Benchmarks use it.
package cputime

import (
	"syscall"
	"time"
)

// Used is the user plus system CPU time of every thread of the process;
// ok is false where it cannot be read.
func Used() (d time.Duration, ok bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
