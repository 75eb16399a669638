package cli

import "testing"

func TestGCPercentFor(t *testing.T) {
	tests := []struct {
		name string
		text int64
		want int
	}{
		{"bundled story", 40 << 10, 100},
		{"1,000 generated articles", 3652000, 100},
		{"just below big", bigStoryText - 1, 100},
		{"big", bigStoryText, bigStoryGCPercent},
		{"100,000 generated articles", 368286792, bigStoryGCPercent},
	}
	for _, tt := range tests {
		if got := gcPercentFor(tt.text); got != tt.want {
			t.Errorf("%s: gcPercentFor(%d) = %d, want %d", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestMemTotal(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"MemTotal:       24555560 kB\nMemFree:        23000000 kB\n", 24555560 << 10},
		{"MemFree: 1 kB\nMemTotal: 2048 kB\n", 2048 << 10},
		{"MemTotal: 2048 MB\n", 0},
		{"MemTotal: lots kB\n", 0},
		{"MemTotal: -5 kB\n", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := memTotal([]byte(tt.in)); got != tt.want {
			t.Errorf("memTotal(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestCgroupMax(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"max\n", 0},
		{"4294967296\n", 4 << 30},
		{"", 0},
		{"-1", 0},
	}
	for _, tt := range tests {
		if got := cgroupMax([]byte(tt.in)); got != tt.want {
			t.Errorf("cgroupMax(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
