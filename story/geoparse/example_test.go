package geoparse_test

import (
	"fmt"

	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/geoparse"
)

// A Parser over the embedded gazetteer finds the places an article names,
// resolves each to a point and picks the place the article is about.
func ExampleParser_ParseArticle() {
	g, err := geoparse.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := article.Parse("a.txt", []byte("The delegation flew from Nairobi to Addis Ababa on Monday."))
	if err != nil {
		fmt.Println(err)
		return
	}
	res := geoparse.NewParser(g, nil).ParseArticle(a)
	for _, m := range res.Mentions {
		fmt.Printf("%s (%s) %.2f, %.2f\n", m.Name, m.Kind, m.Lat, m.Lon)
	}
	fmt.Println("focus:", res.Focus)
	// Output:
	// Nairobi (capital) -1.28, 36.82
	// Addis Ababa (capital) 9.03, 38.75
	// focus: geonames:184745
}
