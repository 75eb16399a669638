package searoute

import "github.com/paulmach/orb"

// passages are waterways narrower than a mask cell, or missing from the
// shoreline data (canals): they are carved into the mask as water. Each is
// a world shipping route, not any story's; the coordinates are entered by
// hand from general knowledge, approximate (a kilometre or so), lon/lat.
var passages = []struct {
	name string
	line orb.LineString
}{
	{"Suez Canal", orb.LineString{{32.31, 31.27}, {32.31, 30.90}, {32.29, 30.57}, {32.35, 30.40}, {32.45, 30.25}, {32.56, 29.93}}},
	{"Panama Canal", orb.LineString{{-79.92, 9.40}, {-79.92, 9.27}, {-79.85, 9.20}, {-79.69, 9.12}, {-79.62, 9.02}, {-79.57, 8.92}}},
	{"Kiel Canal", orb.LineString{{9.14, 53.89}, {9.40, 54.05}, {9.67, 54.30}, {9.95, 54.35}, {10.15, 54.37}}},
	{"Bosphorus", orb.LineString{{29.13, 41.24}, {29.06, 41.13}, {29.05, 41.08}, {29.01, 41.02}, {28.99, 40.98}}},
	{"Dardanelles", orb.LineString{{26.70, 40.42}, {26.55, 40.30}, {26.40, 40.18}, {26.33, 40.10}, {26.18, 40.02}}},
	{"Corinth Canal", orb.LineString{{22.93, 37.96}, {23.02, 37.89}}},
	{"Strait of Messina", orb.LineString{{15.64, 38.30}, {15.63, 38.20}, {15.60, 38.10}}},
	{"Øresund", orb.LineString{{12.62, 56.12}, {12.64, 56.03}, {12.75, 55.80}, {12.80, 55.65}}},
}
