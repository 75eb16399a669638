package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/storylens/storylens/cli"
)

// Main runs a command with the output streams Env gives it and returns the
// exit code. validate without PATH checks the bundled story.
func ExampleMain() {
	var out bytes.Buffer
	env := cli.Env{Stdout: &out, Stderr: &out}
	code := cli.Main([]string{"validate"}, env)
	fmt.Print(out.String())
	fmt.Println("exit", code)
	// Output:
	// bundled story: ok (5 sources, 14 steps, 36 places, 3 routes, 25 claims; 0 warning(s))
	// exit 0
}

// validate names the file and line of each problem and exits 1 on errors.
func ExampleMain_validate() {
	dir, err := os.MkdirTemp("", "cli-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"story.json": `{"title": "A walk",
  "steps": [{"id": "s1", "title": "Start", "places": ["nowhere"], "route": null}]}`,
		"walk.txt": "We walked along the river.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			fmt.Println(err)
			return
		}
	}
	var out bytes.Buffer
	code := cli.Main([]string{"validate", dir}, cli.Env{Stdout: &out, Stderr: &out})
	fmt.Print(strings.ReplaceAll(out.String(), dir, "DIR"))
	fmt.Println("exit", code)
	// Output:
	// story.json:2: steps[0].places[0]: unknown place id "nowhere"
	// DIR: 1 error(s), 0 warning(s)
	// exit 1
}
