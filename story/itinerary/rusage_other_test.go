//go:build !unix

package itinerary

import "time"

// cpuTime is unknown on this platform: the benchmark reports no CPU figure.
func cpuTime() time.Duration { return 0 }
