package model_test

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"idmreport/app/model"
	"idmreport/data"
)

// sample is a small report that uses every kind of field.
func sample() *model.Report {
	return &model.Report{
		Schema: model.Version{Major: model.SchemaMajor, Minor: model.SchemaMinor},
		Document: model.Document{Title: "International Dialogue on Migration 2017", Dates: "18–19 July 2017",
			Start: "2017-07-18", End: "2017-07-19", PanelsStated: 7, Panels: []string{"one", "two"},
			VenueNote: "Editorial note: room XVIII.", VenueNoteSource: "The agenda.", SourceURL: "https://www.iom.int/"},
		Themes:   []model.Theme{{ID: "children", Label: "Children", Description: "Migrant children."}},
		Sections: []model.Section{{ID: "area-3", Number: 3, Title: "Children", Heading: "3. Children.", Paragraphs: []model.ParagraphID{"area-3-p1"}}},
		Paragraphs: []model.Paragraph{{ID: "area-3-p1", Section: "area-3", Text: "IOM's view – “quoted”, Jiménez.",
			Page: 6, Themes: []model.ThemeID{"children"}, Speakers: []model.SpeakerID{"s"}, Places: []model.PlaceID{"hn"},
			Objectives: []model.ObjectiveNumber{13}}},
		Speakers: []model.Speaker{{ID: "s", Name: "S", Aliases: []string{"T"}, Represents: "hn", Kind: model.KindState,
			Themes: []model.ThemeID{"children"}, Paragraphs: []model.ParagraphID{"area-3-p1"}}},
		Places: []model.Place{{ID: "hn", Kind: model.KindState, Name: "Honduras", ISO: "HN", Lat: 14.8, Lon: -86.6,
			Basis: "centroid", X: 271.3, Y: 205.9, Mentions: []model.ParagraphID{"area-3-p1"}, OnMap: true,
			Links: []model.PlaceLink{{Paragraph: "area-3-p1", Why: []string{model.LinkSpeaker, model.LinkCredit}}}}},
		Practices: []model.Practice{{ID: "p", Paragraph: "area-3-p1", Place: "hn", Title: "T", Themes: []model.ThemeID{"children"}}},
		Figures:   []model.Figure{{ID: "f", Value: "approximately 400", Paragraph: "area-3-p1"}},
		Timeline: []model.Event{{ID: "e", Date: "2018", Label: "Adoption", Paragraph: "area-3-p1",
			Note: "Editorial note: held elsewhere.", NoteSource: "A press release."}},
		Related:    []string{"Provisional agenda"},
		Objectives: []model.Objective{{Number: 13, Title: "Use migration detention only as a measure of last resort and work towards alternatives"}},
		ObjectiveLinks: []model.ObjectiveLink{{Paragraph: "area-3-p1", Objective: 13,
			Reason: "calls for “an end to the practice of detaining children”"}},
		Map: model.Map{Width: 1000, Height: 486.5, Land: "M0 0Z", Shapes: []model.Shape{{Place: "hn", Path: "M1 1Z"}}},
	}
}

func TestRoundTrip(t *testing.T) {
	want := sample()
	b, err := model.Encode(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := model.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Decode(Encode(r)) = %+v\nwant %+v", got, want)
	}
	again, err := model.Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, b) {
		t.Error("Encode is not deterministic: re-encoding the decoded report gave other bytes")
	}
}

func TestRoundTripEmbedded(t *testing.T) {
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatalf("Decode(embedded report): %v", err)
	}
	if got, want := r.Schema.Major, model.SchemaMajor; got != want {
		t.Errorf("embedded schema major = %d, want %d", got, want)
	}
	if len(r.Paragraphs) == 0 {
		t.Error("embedded report has no paragraphs")
	}
	b, err := model.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, data.Report) {
		t.Errorf("Encode(Decode(embedded)) gave %d bytes that differ from the %d embedded", len(b), len(data.Report))
	}
}

func TestDecodeRejectsOtherMajor(t *testing.T) {
	tests := []struct {
		v    model.Version
		want string // "" when Decode must accept it
	}{
		{model.Version{Major: 2, Minor: 0}, "schema version 2.0"},
		{model.Version{Major: 2, Minor: 3}, "schema version 2.3"},
		{model.Version{Major: 0, Minor: 9}, "schema version 0.9"},
		{model.Version{Major: model.SchemaMajor, Minor: model.SchemaMinor + 1}, ""},
	}
	for _, tt := range tests {
		r := sample()
		r.Schema = tt.v
		b, err := model.Encode(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := model.Decode(b)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("Decode(schema %+v): %v, want no error", tt.v, err)
		case tt.want == "":
		case err == nil:
			t.Errorf("Decode(schema %+v) = %d paragraphs, no error; want an error", tt.v, len(got.Paragraphs))
		case !strings.Contains(err.Error(), tt.want):
			t.Errorf("Decode(schema %+v) error %q does not mention %q", tt.v, err, tt.want)
		}
	}
}

func TestDecodeGarbage(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"truncated blob", data.Report[:len(data.Report)/2]},
		{"one byte short", data.Report[:len(data.Report)-1]},
		{"text", []byte("this is not msgpack")},
		{"msgpack string", []byte{0xa3, 'a', 'b', 'c'}},
		{"map without schema", []byte{0x81, 0xa1, 'x', 0x01}},
		{"schema of wrong type", []byte{0x81, 0xa6, 's', 'c', 'h', 'e', 'm', 'a', 0xa1, 'x'}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r, err := model.Decode(tt.in); err == nil {
				t.Errorf("Decode(%q…) = %+v, no error; want an error", tt.in[:min(len(tt.in), 16)], r.Schema)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(data.Report)
	f.Add(data.Report[:len(data.Report)/3])
	f.Add([]byte{})
	f.Add([]byte{0x81, 0xa6, 's', 'c', 'h', 'e', 'm', 'a', 0x82, 0xa5, 'm', 'a', 'j', 'o', 'r', 0x01, 0xa5, 'm', 'i', 'n', 'o', 'r', 0x00})
	rng := rand.New(rand.NewPCG(1, 2))
	junk := make([]byte, 256)
	for i := range junk {
		junk[i] = byte(rng.UintN(256))
	}
	f.Add(junk)
	small, err := model.Encode(sample())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := model.Decode(b)
		if err != nil {
			return
		}
		if r.Schema.Major != model.SchemaMajor {
			t.Errorf("Decode accepted schema %+v", r.Schema)
		}
		// Whatever decodes must encode again.
		if _, err := model.Encode(r); err != nil {
			t.Errorf("Encode(Decode(b)): %v", err)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	b.SetBytes(int64(len(data.Report)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := model.Decode(data.Report); err != nil {
			b.Fatal(err)
		}
	}
}
