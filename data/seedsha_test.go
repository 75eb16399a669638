package data

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"testing"
)

// seedSHA256 are the SHA-256 sums of the five seed articles as given
// (../shared/seeds), so that the bundled copies are checked byte for byte
// even where the seeds folder is not beside the repository.
var seedSHA256 = map[string]string{
	"000_ba495233cfdc63c8.txt": "9d6a92614f1bb9c8e89e3cfa73c7677c12ac30d8f4c8c68cf33e04c229f7d4e8",
	"001_cc5587881c9cf29a.txt": "be2ffd557a92ba2c4e1bdbcd45b8bf15c4b36ba5bdef143295d58a4cc5b3516b",
	"002_6d468acdb8bdde8c.txt": "3f12d288d97eac82a3fd9f82c817160647be56d0e41a436e90d4d3f5137b9c55",
	"003_86e7a0a32fc7023e.txt": "f0aead136c8fccb6d8d0db97df2683ddc31d010612401442b8345ed962a52a57",
	"004_4c0ceaa2ad2e2645.txt": "cc62bdca7ee7d7ce3907c78106a76cdb36d2e0158fdabd25f2b96fc26ece2f6a",
}

func TestArticlesMatchTheSeedSums(t *testing.T) {
	ents, err := fs.ReadDir(Bundled(), "articles")
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != len(seedSHA256) {
		t.Errorf("%d bundled articles, want the %d seeds", len(ents), len(seedSHA256))
	}
	for name, want := range seedSHA256 {
		b, err := fs.ReadFile(Bundled(), "articles/"+name)
		if err != nil {
			t.Errorf("seed %s is not bundled: %v", name, err)
			continue
		}
		sum := sha256.Sum256(b)
		if got := hex.EncodeToString(sum[:]); got != want {
			t.Errorf("articles/%s: SHA-256 %s, want the seed's %s", name, got, want)
		}
	}
}
