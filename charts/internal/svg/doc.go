// Package svg reads the attribute values of SVG 1.1 that Storylens' chart
// scenes need: path data ([ParsePath]), transform lists ([ParseTransform])
// and colours ([ParseColor]), and transforms path segments ([Transform]).
// It parses values, not documents: the element tree is the caller's.
//
// Every function takes untrusted text (the output of a JavaScript engine) and
// never panics on it; [ParsePath] returns an error naming the byte offset of
// the first bad token, the others fall back to a stated default.
package svg
