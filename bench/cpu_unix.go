//go:build unix

package bench

import (
	"syscall"
	"time"
)

// CPUTime is the user plus system CPU time this process has used, every
// thread included. On a shared machine it is a steadier base for
// throughput than wall time, which counts the time other jobs held the
// cores.
func CPUTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
