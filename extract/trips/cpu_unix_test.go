//go:build unix

package trips

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time the process has used. On a shared machine it is
// a steadier base for throughput than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds a cpu-MB/s metric: bytes per op over CPU time per op.
func reportCPU(b *testing.B, bytesPerOp int, since time.Duration) {
	used := cpuTime() - since
	if used <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(bytesPerOp)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
}
