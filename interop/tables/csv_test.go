package tables

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/internal/safefile"
)

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Errorf("%s: lines do not end in CRLF", path)
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestWriteCSV(t *testing.T) {
	s, r := fixture()
	dir := t.TempDir()
	files, err := WriteCSV(dir, s, r, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(CSVFiles) {
		t.Fatalf("wrote %v", files)
	}
	claims := readCSV(t, filepath.Join(dir, "claims.csv"))
	if strings.Join(claims[0], ",") != "id,label,origin,topic,sourceCount,sources" || len(claims) != 1+len(r.Claims) {
		t.Errorf("claims %q", claims)
	}
	if got := claims[1]; got[4] != "2" || got[5] != "000; 001" {
		t.Errorf("claim row %q", got)
	}
	if got := claims[2][1]; got != `'=HYPERLINK("http://evil","x")` {
		t.Errorf("formula not guarded: %q", got)
	}
	if got := claims[3][1]; got != "He said \"no\", twice\nand left" {
		t.Errorf("quoted cell read back as %q", got)
	}
	cov := readCSV(t, filepath.Join(dir, "coverage.csv"))
	if strings.Join(cov[0], ",") != "source,invite,formula,quote" {
		t.Errorf("coverage header %q", cov[0])
	}
	for i, src := range r.Coverage.Sources {
		row := cov[i+1]
		if row[0] != src {
			t.Errorf("row %d source %q", i, row[0])
		}
		for j := range r.Coverage.Claims {
			want := "0"
			if r.Coverage.Matrix[i][j] {
				want = "1"
			}
			if row[j+1] != want {
				t.Errorf("coverage[%s][%s] = %q, want %s", src, r.Coverage.Claims[j], row[j+1], want)
			}
		}
	}
	q := readCSV(t, filepath.Join(dir, "quantities.csv"))
	if len(q) != 3 || q[1][1] != "420" || q[1][3] != "675.9" {
		t.Errorf("quantities %q", q)
	}
	// A negative number stays a number; text starting with - or @ is guarded.
	if q[2][1] != "-5" || q[2][5] != "'-5 degrees" || q[2][6] != "'@cold -5 degrees" {
		t.Errorf("quantity row %q", q[2])
	}
	ch := readCSV(t, filepath.Join(dir, "checks.csv"))
	if len(ch) != 2 || ch[1][4] != "430" || ch[1][6] != "427" || ch[1][8] != "great-circle" || ch[1][11] != "47.2" || ch[1][12] != "agrees" {
		t.Errorf("checks %q", ch)
	}
	pl := readCSV(t, filepath.Join(dir, "places.csv"))
	if len(pl) != 1+4 || pl[1][0] != "vladivostok" || pl[1][6] != "9" || pl[1][9] != "GeoNames 2013348" || pl[4][0] != "khasan" || pl[4][10] != "true" {
		t.Errorf("places %q", pl)
	}
}

func TestWriteCSVRefusesOverwrite(t *testing.T) {
	s, r := fixture()
	dir := t.TempDir()
	// One existing file blocks the whole export, and nothing is written.
	if err := os.WriteFile(filepath.Join(dir, "checks.csv"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := WriteCSV(dir, s, r, false)
	if !errors.Is(err, safefile.ErrExists) || len(files) != 0 {
		t.Fatalf("files %v err %v", files, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("wrote files despite refusing: %v", entries)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "checks.csv")); string(b) != "mine" {
		t.Errorf("checks.csv changed")
	}
	if _, err := WriteCSV(dir, s, r, true); err != nil {
		t.Fatalf("overwrite: %v", err)
	}
	if rows := readCSV(t, filepath.Join(dir, "checks.csv")); rows[0][0] != "source" {
		t.Errorf("not overwritten: %q", rows)
	}
}

func TestWriteCSVMissingDir(t *testing.T) {
	s, r := fixture()
	if _, err := WriteCSV(filepath.Join(t.TempDir(), "nope"), s, r, false); err == nil {
		t.Error("no error for a missing folder")
	}
}

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+1": "'+1", "-1": "'-1", "@A1": "'@A1", "\tx": "'\tx", "\rx": "'\rx",
		"plain": "plain", "": "", "a=b": "a=b", "'=x": "'=x",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}
