package ingest

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"idmreport/app/model"
)

// WriteJSON writes the whole dataset as indented JSON: the open-data twin of
// report.msgpack, with the same content.
func WriteJSON(w io.Writer, r *model.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(r)
}

// WriteSpeakersCSV writes one row per speaker for researchers.
func WriteSpeakersCSV(w io.Writer, r *model.Report) error {
	places := map[model.PlaceID]string{}
	for _, p := range r.Places {
		places[p.ID] = p.Name
	}
	rows := [][]string{{"id", "name", "role", "organisation", "represents", "kind", "themes", "paragraphs"}}
	for _, s := range r.Speakers {
		rows = append(rows, []string{string(s.ID), s.Name, s.Role, s.Organisation, places[s.Represents], s.Kind,
			join(s.Themes), join(s.Paragraphs)})
	}
	return writeCSV(w, rows)
}

// WritePracticesCSV writes one row per good practice for researchers.
func WritePracticesCSV(w io.Writer, r *model.Report) error {
	names := map[string]string{} // place and speaker ids -> names, as the data had them
	for _, p := range r.Places {
		names[string(p.ID)] = p.Name
	}
	for _, s := range r.Speakers {
		names[string(s.ID)] = s.Name
	}
	rows := [][]string{{"id", "title", "actor", "place", "themes", "paragraph", "text"}}
	for _, p := range r.Practices {
		rows = append(rows, []string{string(p.ID), p.Title, names[string(p.Actor)], names[string(p.Place)],
			join(p.Themes), string(p.Paragraph), p.Text})
	}
	return writeCSV(w, rows)
}

// WriteObjectiveLinksCSV writes the editorial cross-reference of paragraphs
// to GCM objectives, one row per link: paragraph,objective,reason.
func WriteObjectiveLinksCSV(w io.Writer, r *model.Report) error {
	rows := [][]string{{"paragraph", "objective", "reason"}}
	for _, l := range r.ObjectiveLinks {
		rows = append(rows, []string{string(l.Paragraph), strconv.Itoa(int(l.Objective)), l.Reason})
	}
	return writeCSV(w, rows)
}

// join writes ids as a ";"-separated cell.
func join[ID ~string](ids []ID) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return strings.Join(out, ";")
}

func writeCSV(w io.Writer, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}
