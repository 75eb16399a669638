package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/internal/pmtiles"
	"github.com/storylens/storylens/mapview"
)

// writeBasemap writes a PMTiles archive of one empty tile and returns its
// path.
func writeBasemap(t *testing.T) string {
	t.Helper()
	w := pmtiles.NewWriter()
	w.Add(0, 0, 0, []byte{})
	b, err := w.Bytes([]byte("{}"))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "user.pmtiles")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSetBasemapRemembersAndRestores(t *testing.T) {
	u, _ := newTestUI(t)
	defer mapview.UseBasemap(nil)
	p := writeBasemap(t)
	if err := u.SetBasemap(p); err != nil {
		t.Fatal(err)
	}
	if b := mapview.UserBasemap(); b == nil || b.Path() != p {
		t.Fatalf("basemap in use %v, want %s", b, p)
	}
	if got := u.app.Preferences().String(basemapKey); got != p {
		t.Errorf("remembered %q, want %q", got, p)
	}
	// The next start (no --basemap) opens it again.
	mapview.UseBasemap(nil)
	u.restoreBasemap()
	if b := mapview.UserBasemap(); b == nil || b.Path() != p {
		t.Errorf("after restore the basemap in use is %v, want %s", b, p)
	}
	if err := u.SetBasemap(""); err != nil || mapview.UserBasemap() != nil || u.app.Preferences().String(basemapKey) != "" {
		t.Errorf("back to the embedded basemap: err %v, in use %v, remembered %q", err, mapview.UserBasemap(), u.app.Preferences().String(basemapKey))
	}
}

func TestSetBasemapBadFileKeepsTheBasemap(t *testing.T) {
	u, _ := newTestUI(t)
	defer mapview.UseBasemap(nil)
	good := writeBasemap(t)
	if err := u.SetBasemap(good); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "broken.pmtiles")
	os.WriteFile(bad, []byte("PMTiles\x03 truncated"), 0o644)
	err := u.SetBasemap(bad)
	if err == nil || !strings.Contains(err.Error(), bad) {
		t.Fatalf("error %v, want one naming %s", err, bad)
	}
	if b := mapview.UserBasemap(); b == nil || b.Path() != good {
		t.Errorf("after a bad file the basemap in use is %v, want %s still", b, good)
	}
	if got := u.app.Preferences().String(basemapKey); got != good {
		t.Errorf("remembered %q, want %q still", got, good)
	}
	// A remembered file that has gone bad is cleared at start, and the
	// embedded basemap stays.
	mapview.UseBasemap(nil)
	u.app.Preferences().SetString(basemapKey, bad)
	u.restoreBasemap()
	if mapview.UserBasemap() != nil || u.app.Preferences().String(basemapKey) != "" {
		t.Errorf("restore of a bad file: in use %v, remembered %q", mapview.UserBasemap(), u.app.Preferences().String(basemapKey))
	}
}

func TestRestoreBasemapLeavesCommandLineChoice(t *testing.T) {
	u, _ := newTestUI(t)
	defer mapview.UseBasemap(nil)
	flag, saved := writeBasemap(t), writeBasemap(t)
	b, err := mapview.OpenBasemap(flag)
	if err != nil {
		t.Fatal(err)
	}
	mapview.UseBasemap(b) // as --basemap does
	u.app.Preferences().SetString(basemapKey, saved)
	u.restoreBasemap()
	if got := mapview.UserBasemap(); got != b {
		t.Errorf("restore replaced the --basemap choice with %v", got)
	}
}
