package fonts_test

import (
	"fmt"

	"golang.org/x/image/font/sfnt"

	"github.com/storylens/storylens/assets/fonts"
)

// Every package that draws text takes its fonts from Parse.
func ExampleParse() {
	f, err := fonts.Parse(fonts.LiberationSansBold)
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf sfnt.Buffer
	name, _ := f.Name(&buf, sfnt.NameIDFull)
	fmt.Println(fonts.LiberationSansBold, "is", name)
	// Output: LiberationSans-Bold is Liberation Sans Bold
}
