//go:build unix

package issues

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process used so far: benchmarks divide by it
// because the cores are shared with other jobs.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
