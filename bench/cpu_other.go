//go:build !unix

package bench

import "time"

// CPUTime is not measured here; ok is false.
func CPUTime() (time.Duration, bool) { return 0, false }
