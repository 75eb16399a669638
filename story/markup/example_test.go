package markup_test

import (
	"fmt"

	"github.com/storylens/storylens/story/markup"
)

// Parse reads a step body in the Markdown subset; HTML renders it for
// exports with everything escaped, PlainText for slides and search.
func ExampleParse() {
	d := markup.Parse("The ship *sails* to **Lisbon**:\n\n- Bergen\n- A Coruña\n\n[Log](javascript:void) <b>")
	fmt.Print(d.HTML())
	fmt.Println(d.PlainText())
	fmt.Println("dropped:", d.DroppedLinks)
	// Output:
	// <p>The ship <em>sails</em> to <strong>Lisbon</strong>:</p>
	// <ul>
	// <li>Bergen</li>
	// <li>A Coruña</li>
	// </ul>
	// <p>Log &lt;b&gt;</p>
	// The ship sails to Lisbon:
	//
	// • Bergen
	// • A Coruña
	//
	// Log <b>
	// dropped: [javascript:void]
}
