// Package refextract is a frozen copy of story/quantity's extractor as it
// was before it was optimised (commit 8dec3da). It is imported only by
// story/quantity's tests, which check that the optimised Extract finds
// exactly what this one finds on generated corpora and fuzzed text. Do not
// change it; when the extractor's behaviour is meant to change, update the
// copy in the same commit.
package refextract
