//go:build !unix

package timex

import "time"

// cpuTime is unavailable here; the cpu-MB/s metric is then left out.
func cpuTime() time.Duration { return 0 }
