package ingest

import (
	"encoding/json"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"idmreport/app/model"
)

// placeKinds are the kinds a places.csv row may have.
var placeKinds = map[string]bool{model.KindState: true, model.KindInternational: true,
	model.KindRegional: true, model.KindGovernmentBody: true}

// speakerKinds are the kinds a speakers.csv row may have.
var speakerKinds = map[string]bool{}

func init() {
	for _, k := range model.SpeakerKinds {
		speakerKinds[k] = true
	}
}

// isoCode is one entry of Debian's iso-codes ISO 3166-1 table.
type isoCode struct {
	Alpha2  string `json:"alpha_2"`
	Alpha3  string `json:"alpha_3"`
	Numeric string `json:"numeric"`
	Name    string `json:"name"`
}

// readISO reads the ISO 3166-1 table, keyed by alpha-2 code.
func readISO(fsys fs.FS) (map[string]isoCode, error) {
	raw, err := fs.ReadFile(fsys, ISOFile)
	if err != nil {
		return nil, err
	}
	var f struct {
		Codes []isoCode `json:"3166-1"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, err
	}
	m := map[string]isoCode{}
	for _, c := range f.Codes {
		m[c.Alpha2] = c
	}
	return m, nil
}

// containsWord reports whether needle occurs in text as whole words.
func containsWord(text, needle string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], needle)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(needle)
		if !wordRuneBefore(text, i) && !wordRuneAt(text, j) {
			return true
		}
		from = i + 1
	}
}

// namesAny reports whether text contains any of the names as whole words.
func namesAny(text string, names []string) bool {
	for _, n := range names {
		if containsWord(text, n) {
			return true
		}
	}
	return false
}

func wordRuneBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r := []rune(s[:i])
	return isWordRune(r[len(r)-1])
}

func wordRuneAt(s string, i int) bool {
	for _, r := range s[i:] {
		return isWordRune(r)
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// loadPlaces reads places.csv and finds the paragraphs naming each place.
func (b *builder) loadPlaces(*Source) error {
	iso, err := readISO(b.fsys)
	if err != nil {
		return err
	}
	t, err := readTable(b.fsys, PlacesFile, "id", "kind", "name", "iso", "mentions", "lat", "lon", "basis", "hq", "part_of", "note")
	if err != nil {
		return err
	}
	seen := map[model.PlaceID]bool{}
	for _, r := range t.rows {
		p := model.Place{ID: model.PlaceID(r.get("id")), Kind: r.get("kind"), Name: r.get("name"), ISO: r.get("iso"),
			Basis: r.get("basis"), HQ: r.get("hq"), PartOf: model.PlaceID(r.get("part_of")), Note: r.get("note")}
		if !checkID(p.ID, seen) {
			b.fail(r.errorf("bad or duplicate place id %q", p.ID))
			continue
		}
		if !placeKinds[p.Kind] {
			b.fail(r.errorf("unknown place kind %q", p.Kind))
		}
		if p.Kind == model.KindState {
			if _, ok := iso[p.ISO]; !ok || strings.ToLower(p.ISO) != string(p.ID) {
				b.fail(r.errorf("unknown ISO 3166-1 code %q for state %q (the id must be the code in lower case)", p.ISO, p.ID))
			}
		} else if p.ISO != "" {
			b.fail(r.errorf("%q is not a state and has no ISO code", p.ID))
		}
		if lat, lon := r.get("lat"), r.get("lon"); lat != "" || lon != "" {
			var e1, e2 error
			p.Lat, e1 = strconv.ParseFloat(lat, 64)
			p.Lon, e2 = strconv.ParseFloat(lon, 64)
			switch {
			case e1 != nil || e2 != nil:
				b.fail(r.errorf("lat %q, lon %q: not numbers", lat, lon))
			case p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180:
				b.fail(r.errorf("lat %v, lon %v out of range", p.Lat, p.Lon))
			case p.Basis == "":
				b.fail(r.errorf("place %q has coordinates but no basis saying where they come from", p.ID))
			}
		} else if p.Kind != model.KindState {
			b.fail(r.errorf("organisation %q needs the lat,lon of its headquarters city", p.ID))
		}
		for _, m := range r.list("mentions") {
			if !containsWord(b.text, m) {
				b.fail(r.errorf("mention %q does not occur in the text", m))
			}
			b.mentionOf[m] = p.ID
		}
		for _, para := range b.r.Paragraphs {
			for _, m := range r.list("mentions") {
				if containsWord(para.Text, m) {
					p.Mentions = append(p.Mentions, para.ID)
					b.paragraphs[para.ID].Places = append(b.paragraphs[para.ID].Places, p.ID)
					break
				}
			}
		}
		b.r.Places = append(b.r.Places, p)
	}
	for i := range b.r.Places {
		b.places[b.r.Places[i].ID] = &b.r.Places[i]
	}
	for _, r := range t.rows {
		if po := model.PlaceID(r.get("part_of")); po != "" && b.places[po] == nil {
			b.fail(r.errorf("part_of %q is not a place", po))
		}
	}
	return nil
}

// loadSpeakers reads speakers.csv and finds the paragraphs citing each one.
func (b *builder) loadSpeakers(*Source) error {
	t, err := readTable(b.fsys, SpeakersFile, "id", "name", "aliases", "role", "organisation", "represents", "kind", "themes", "reported_in")
	if err != nil {
		return err
	}
	seen := map[model.SpeakerID]bool{}
	for _, r := range t.rows {
		s := model.Speaker{ID: model.SpeakerID(r.get("id")), Name: r.get("name"), Aliases: r.list("aliases"), Role: r.get("role"),
			Organisation: r.get("organisation"), Represents: model.PlaceID(r.get("represents")), Kind: r.get("kind")}
		if !checkID(s.ID, seen) {
			b.fail(r.errorf("bad or duplicate speaker id %q", s.ID))
			continue
		}
		if !speakerKinds[s.Kind] {
			b.fail(r.errorf("unknown speaker kind %q", s.Kind))
		}
		if s.Represents != "" && b.places[s.Represents] == nil {
			b.fail(r.errorf("represents %q, which is not in %s", s.Represents, PlacesFile))
		}
		s.Themes = b.checkThemes(r, "themes")
		names := append([]string{s.Name}, s.Aliases...)
		for _, n := range names {
			if !containsWord(b.text, n) {
				b.fail(r.errorf("name %q does not occur in the text", n))
			}
		}
		reported := map[model.ParagraphID]bool{}
		for _, id := range ids[model.ParagraphID](r, "reported_in") {
			switch para := b.paragraphs[id]; {
			case para == nil:
				b.fail(r.errorf("reported_in: paragraph %q does not exist", id))
			case namesAny(para.Text, names):
				b.fail(r.errorf("reported_in: paragraph %q already names the speaker; list only paragraphs that do not", id))
			}
			reported[id] = true
		}
		for _, para := range b.r.Paragraphs {
			if reported[para.ID] || namesAny(para.Text, names) {
				s.Paragraphs = append(s.Paragraphs, para.ID)
				b.paragraphs[para.ID].Speakers = append(b.paragraphs[para.ID].Speakers, s.ID)
			}
		}
		if p := b.places[s.Represents]; p != nil {
			p.Speakers = append(p.Speakers, s.ID)
		}
		b.r.Speakers = append(b.r.Speakers, s)
	}
	for i := range b.r.Speakers {
		b.speakers[b.r.Speakers[i].ID] = &b.r.Speakers[i]
	}
	return nil
}
