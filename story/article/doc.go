// Package article reads one news article: optional front matter or a leading
// " date YYYY-MM-DD" prefix, paragraphs, sentences, and paragraphs repeated
// inside the article. The original text is kept for display.
package article
