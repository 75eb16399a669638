package echartsjs_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/storylens/storylens/assets/echartsjs"
)

// MinJS is the pinned ECharts build, byte for byte the one whose hash
// SHA256 records.
func ExampleMinJS() {
	sum := sha256.Sum256([]byte(echartsjs.MinJS))
	fmt.Println("ECharts", echartsjs.Version)
	fmt.Println("sha256 matches:", hex.EncodeToString(sum[:]) == echartsjs.SHA256)
	// Output:
	// ECharts 6.1.0
	// sha256 matches: true
}
