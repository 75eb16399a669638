package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb/encoding/mvt"

	"github.com/storylens/storylens/internal/pmtiles/pmtilestest"
)

// tinyArchive writes a one-tile PMTiles archive of the OpenMapTiles schema
// (water over the western half of tile 2/1/1).
func tinyArchive(t *testing.T) string {
	t.Helper()
	water := pmtilestest.Layer("water", pmtilestest.Feature(pmtilestest.WestHalf(), "class", "ocean"))
	return pmtilestest.File(t, "user.pmtiles", pmtilestest.Archive(t, true, pmtilestest.Tile{Z: 2, X: 1, Y: 1, Layers: mvt.Layers{water}}))
}

func TestExportMapWithAUserBasemap(t *testing.T) {
	out := filepath.Join(t.TempDir(), "map.png")
	code, stdout, stderr := run(t, "export", "map", "--step", "0", "--out", out, "--size", "400x300",
		"--center", "-45,30", "--zoom", "2", "--basemap", tinyArchive(t))
	if code != 0 {
		t.Fatalf("export map --basemap: %d %s %s", code, stdout, stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
}

func TestBadUserBasemapNamesTheFile(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "broken.pmtiles")
	if err := os.WriteFile(bad, []byte("not an archive"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"export", "map", "--out", filepath.Join(t.TempDir(), "m.png"), "--basemap", bad},
		{"--basemap", bad, "validate"},
	} {
		code, _, stderr := run(t, args...)
		if code != ExitFailure || !strings.Contains(stderr, "broken.pmtiles") {
			t.Errorf("%v: exit %d, stderr %q; want 1 and the file named", args, code, stderr)
		}
	}
	if code, _, _ := run(t, "--basemap"); code != ExitUsage {
		t.Errorf("--basemap without a file: exit %d, want 2", code)
	}
}
