package safefile_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/storylens/storylens/internal/safefile"
)

// WriteFile writes a file atomically: a reader sees the old file or the
// new one, never half of one, and an existing file is kept unless the
// options allow replacing it.
func ExampleWriteFile() {
	dir, err := os.MkdirTemp("", "safefile")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "story.json")
	fmt.Println(safefile.WriteFile(path, []byte("{}\n"), safefile.Options{}))
	err = safefile.WriteFile(path, []byte("{\"title\": \"x\"}\n"), safefile.Options{})
	fmt.Println(err != nil)
	fmt.Println(safefile.WriteFile(path, []byte("{\"title\": \"x\"}\n"), safefile.Options{Overwrite: true}))
	b, _ := os.ReadFile(path)
	fmt.Print(string(b))
	// Output:
	// <nil>
	// true
	// <nil>
	// {"title": "x"}
}
