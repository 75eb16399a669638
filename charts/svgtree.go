package charts

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// node is a parsed SVG element.
type node struct {
	name     string
	attr     map[string]string
	children []*node
	text     strings.Builder
}

// parseSVGTree reads an SVG document into elements.
func parseSVGTree(doc string) (*node, error) {
	dec := xml.NewDecoder(strings.NewReader(doc))
	dec.Strict = true
	var root *node
	var stack []*node
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return nil, fmt.Errorf("svg line %d: %w", line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name.Local, attr: make(map[string]string, len(t.Attr))}
			for _, a := range t.Attr {
				n.attr[a.Name.Local] = a.Value
			}
			if len(stack) == 0 {
				if root != nil {
					return nil, fmt.Errorf("svg: more than one root element")
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			}
		}
	}
	if root == nil || root.name != "svg" {
		return nil, fmt.Errorf("svg: no <svg> root element")
	}
	return root, nil
}
