package document

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// This file parses the map's markup for the tests.

// svgNode is a parsed element of the map's markup.
type svgNode struct {
	Name  string
	Attr  map[string]string
	Kids  []*svgNode
	Outer *svgNode
}

// hasClass reports whether the element has class c.
func (n *svgNode) hasClass(c string) bool {
	for _, x := range strings.Fields(n.Attr["class"]) {
		if x == c {
			return true
		}
	}
	return false
}

// find returns n and the descendants for which keep is true.
func (n *svgNode) find(keep func(*svgNode) bool) []*svgNode {
	var out []*svgNode
	if keep(n) {
		out = append(out, n)
	}
	for _, k := range n.Kids {
		out = append(out, k.find(keep)...)
	}
	return out
}

// parseSVG parses markup as XML: it also proves the markup well formed.
func parseSVG(t testing.TB, s string) *svgNode {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	var root, cur *svgNode
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("map markup is not well formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &svgNode{Name: tok.Name.Local, Attr: map[string]string{}, Outer: cur}
			for _, a := range tok.Attr {
				n.Attr[a.Name.Local] = a.Value
			}
			if cur == nil {
				root = n
			} else {
				cur.Kids = append(cur.Kids, n)
			}
			cur = n
		case xml.EndElement:
			cur = cur.Outer
		}
	}
	if root == nil {
		t.Fatal("empty map markup")
	}
	return root
}

// marksOf returns the selectable marks of a place: data-mark -> element.
func marksOf(root *svgNode, id string) map[string]*svgNode {
	out := map[string]*svgNode{}
	for _, n := range root.find(func(n *svgNode) bool { return n.Attr["data-place"] == id }) {
		out[n.Attr["data-mark"]] = n
	}
	return out
}
