//go:build !unix

// Package cputime measures the CPU time this process has used; on this
// platform it cannot, and figures based on it are left out.
package cputime

import "time"

// Used reports that CPU time is unavailable here.
func Used() (time.Duration, bool) { return 0, false }
