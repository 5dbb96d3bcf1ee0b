package cputime

import (
	"testing"
	"time"
)

// Now is Used without the flag: 0 where CPU time cannot be read.
func Now() time.Duration {
	d, _ := Used()
	return d
}

// Report adds a cpu-MB/s metric to a benchmark: bytes per op over the CPU
// time per op since since (a value of Now taken before the loop).
func Report(b *testing.B, bytesPerOp int, since time.Duration) {
	used := Now() - since
	if since <= 0 || used <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(bytesPerOp)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
}
