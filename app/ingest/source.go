package ingest

import (
	"fmt"
	"strings"
)

// Source is the transcription file split into its parts.
type Source struct {
	PageTitle string   // the document-sharing page's title (first line)
	Related   []string // the "Similar documents" titles, cleaned
	Pages     []Page   // the summary's text, page by page, cleaned
}

// ParseSource splits the transcription file: a title line, "Similar
// documents" with one title per paragraph, then "Transcription:" and the text.
func ParseSource(text string) (*Source, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	head, body, ok := strings.Cut(text, "\nTranscription:\n")
	if !ok {
		return nil, fmt.Errorf("source: no line \"Transcription:\"")
	}
	title, similar, ok := strings.Cut(head, "\nSimilar documents\n")
	if !ok {
		return nil, fmt.Errorf("source: no line \"Similar documents\"")
	}
	src := &Source{PageTitle: strings.TrimSpace(title)}
	for _, line := range strings.Split(similar, "\n") {
		if line = Repair(line); line != "" {
			src.Related = append(src.Related, line)
		}
	}
	pages, err := SplitPages(body)
	if err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	src.Pages = pages
	return src, nil
}

// Text joins the pages into one text and returns, for each page, the offset
// where it starts.
func (s *Source) Text() (string, []int) {
	var b strings.Builder
	starts := make([]int, len(s.Pages))
	for i, p := range s.Pages {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(p.Text)
	}
	return b.String(), starts
}
