//go:build !unix

package claims

import "time"

// cpuTime is not measured on this system (no getrusage).
func cpuTime() time.Duration { return 0 }
