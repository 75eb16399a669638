// Package claims finds claims that several sources share: sentences from
// different articles that report the same thing, and direct quotes repeated
// across articles. It also matches curated claims (claims.json) against the
// articles and folds discovered groups into the curated claims they overlap.
//
// The method (long sentences cut into clauses, word normalisation, MinHash
// with LSH banding for candidate pairs, TF-IDF cosine verification with a
// documented threshold, centroid linkage clustering) is described in
// README.md. The package is pure Go with
// no UI dependency and does not import story/analysis, which consumes it.
package claims
