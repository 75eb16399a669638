package story

import "github.com/storylens/storylens/story/article"

// Source is one article: a news report by one outlet.
type Source struct {
	// ID is the article's file name without extension.
	ID string `json:"id"`
	// File is the article's path inside the story, e.g. "articles/001.txt".
	File     string `json:"file"`
	Title    string `json:"title,omitempty"`
	Outlet   string `json:"outlet,omitempty"`
	Date     string `json:"date,omitempty"` // YYYY-MM-DD
	URL      string `json:"url,omitempty"`
	Language string `json:"language,omitempty"`
	// DateInferred is true when the date was not given by the article or its
	// metadata but inferred; DateReason says how.
	DateInferred bool   `json:"dateInferred,omitempty"`
	DateReason   string `json:"dateReason,omitempty"`
	// Note documents the metadata's provenance (from sources.json).
	Note string `json:"note,omitempty"`
	// Article is the parsed text.
	Article *article.Article `json:"-"`
	// Raw is the article file's bytes exactly as read, for writing the
	// package back unchanged. Nothing may change it: Article's strings
	// share its memory (article.ParseOwned).
	Raw []byte `json:"-"`

	// loc is the JSON path of this source's entry in sources.json, if any.
	loc string
}
