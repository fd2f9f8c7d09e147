package model

import (
	"bytes"
	"fmt"

	"github.com/vmihailenco/msgpack/v5"
)

// Encode writes the report as msgpack. The output is deterministic: the same
// report always gives the same bytes.
func Encode(r *Report) ([]byte, error) {
	var buf bytes.Buffer
	enc := msgpack.NewEncoder(&buf)
	enc.SetOmitEmpty(true)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Decode reads a report written by Encode. It rejects an unknown major
// schema version with a clear error, rather than showing a half-empty report.
// The blob is decoded once; only when that fails is its version read alone, to
// tell a newer format from a damaged one.
func Decode(b []byte) (*Report, error) {
	var r Report
	err := msgpack.Unmarshal(b, &r)
	if err != nil {
		var head struct {
			Schema Version `msgpack:"schema"`
		}
		if msgpack.Unmarshal(b, &head) != nil || head.Schema.Major == SchemaMajor {
			return nil, fmt.Errorf("report data: %w", err)
		}
		r.Schema = head.Schema
	}
	if r.Schema.Major != SchemaMajor {
		return nil, fmt.Errorf("report data has schema version %d.%d; this program reads version %d.x",
			r.Schema.Major, r.Schema.Minor, SchemaMajor)
	}
	return &r, nil
}

// ForClient returns a copy of r without what only the static document shows
// (the map's outlines, the key figures, the timeline, the related titles,
// the places' coordinates, sources and notes, the editorial note on the
// venue): the browser needs the ids, texts and links (the places' links
// included) to filter and search, and the projected points to zoom. The GCM
// objectives and the cross-reference stay whole, reasons included: the page
// filters by objective and shows each link's reason on its chip.
func ForClient(r *Report) *Report {
	c := *r
	c.Document.VenueNote, c.Document.VenueNoteSource = "", ""
	c.Map.Land, c.Map.Shapes, c.Map.Source = "", nil, ""
	c.Figures, c.Timeline, c.Related = nil, nil, nil
	c.Places = make([]Place, len(r.Places))
	for i, p := range r.Places {
		p.ISO, p.Lat, p.Lon, p.Basis, p.Note = "", 0, 0, "", ""
		c.Places[i] = p
	}
	return &c
}
