package article

// Article is one parsed article.
type Article struct {
	// Meta is the front matter (title, outlet, date, url, language), if any.
	Meta map[string]string
	// Date is the date given by front matter or the " date " prefix (YYYY-MM-DD), or "".
	Date string
	// Text is the article text after front matter and date prefix, normalised to
	// LF line endings and without BOM; it is what is displayed.
	Text string
	// Paragraphs are the distinct paragraphs in order; a paragraph repeated
	// later in the article appears once.
	Paragraphs []Paragraph
	// Duplicates are paragraphs that repeat an earlier one.
	Duplicates []Paragraph
	// Sentences of all distinct paragraphs, in order.
	Sentences []Sentence
	// Words is the number of words in the distinct paragraphs.
	Words int
}

// Paragraph is a run of text between blank lines.
type Paragraph struct {
	Index int    // position among all paragraphs in the text (0-based)
	Line  int    // 1-based line in the original file where it starts
	Text  string // trimmed text
	// Heading is true for a short line without final punctuation ("Secrecy and Security").
	Heading bool
	// DuplicateOf is the Index of the earlier identical paragraph, or -1.
	DuplicateOf int
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	Paragraph int    // Index of its paragraph
	Line      int    // 1-based line in the original file
	Start     int    // byte offset in Article.Text
	End       int    // byte offset in Article.Text (exclusive)
	Text      string // the sentence
}
