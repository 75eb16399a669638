//go:build !unix

package mapview

import "time"

// processCPU is not measured on this system (no getrusage).
func processCPU() time.Duration { return 0 }
