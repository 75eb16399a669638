package app

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadCPUMeasured says that threadCPU reads this thread's CPU time (the
// caller must hold runtime.LockOSThread).
const threadCPUMeasured = true

// threadCPU is the CPU time the calling OS thread has used: what a task
// costs the UI thread, whatever the other processes on the machine do.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ts.Nano())
}
