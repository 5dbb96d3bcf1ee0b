//go:build !unix

package issues

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
