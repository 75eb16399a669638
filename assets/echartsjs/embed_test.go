package echartsjs

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

func TestPinnedHash(t *testing.T) {
	sum := sha256.Sum256([]byte(MinJS))
	if got := hex.EncodeToString(sum[:]); got != SHA256 {
		t.Fatalf("echarts.min.js sha256 = %s, want %s (README.md)", got, SHA256)
	}
	if !strings.Contains(MinJS, `"`+Version+`"`) {
		t.Errorf("echarts.min.js does not mention version %s", Version)
	}
}
