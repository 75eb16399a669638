package story

// Claim is a statement that sources may report. Curated claims come from
// claims.json; which sources support them is computed by matching the text.
type Claim struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Topic string `json:"topic,omitempty"`
	// Matchers are phrases or RE2 regular expressions, matched
	// case-insensitively against each sentence. A matcher written as /.../ is
	// a regular expression; any other is a phrase matched on word boundaries.
	Matchers []string `json:"matchers"`
	// Note documents the claim's provenance or scope.
	Note string `json:"note,omitempty"`

	// loc is the JSON path of the claim in claims.json, when loaded.
	loc string
}
