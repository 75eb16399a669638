//go:build !unix

package geoparse

import "time"

// cpuTimes is not measured on this system (no getrusage).
func cpuTimes() (user, sys time.Duration) { return 0, 0 }

// cpuTime is not measured on this system (no getrusage).
func cpuTime() time.Duration { return 0 }
