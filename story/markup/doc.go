// Package markup parses the small Markdown subset used in a story step's
// body: paragraphs separated by blank lines, lists (lines starting "- ",
// "* " or "1. "), *emphasis*, **strong** and [links](url). The result is a simple tree of blocks and styled inline
// runs that the app renders itself; no HTML ever passes through. Links are
// kept only for http, https and mailto URLs; any other link, and any markup
// that is not in the subset, is plain text.
package markup
