package cputime

import (
	"runtime"
	"testing"
)

func TestUsedGrowsWithWork(t *testing.T) {
	before, ok := Used()
	if !ok {
		t.Skip("CPU time is not available on " + runtime.GOOS)
	}
	x := 0
	for i := range 50_000_000 {
		x ^= i * 31
	}
	after, _ := Used()
	if after <= before {
		t.Errorf("CPU time did not grow over a busy loop: %v then %v (x=%d)", before, after, x)
	}
}
