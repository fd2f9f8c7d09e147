// Package model holds the report's data types: the document, its sections and
// paragraphs, the speakers, places, good practices, key figures, timeline,
// themes and the ready-projected map. It imports only the standard library
// and msgpack, so the ingest, the tests and the browser client share it.
package model

// Report is the whole dataset: everything the page, the map and the filters show.
type Report struct {
	Schema     Version     `msgpack:"schema" json:"schema"`
	Document   Document    `msgpack:"document" json:"document"`
	Themes     []Theme     `msgpack:"themes" json:"themes"`
	Sections   []Section   `msgpack:"sections" json:"sections"`
	Paragraphs []Paragraph `msgpack:"paragraphs" json:"paragraphs"`
	Speakers   []Speaker   `msgpack:"speakers" json:"speakers"`
	Places     []Place     `msgpack:"places" json:"places"`
	Practices  []Practice  `msgpack:"practices" json:"practices"`
	Figures    []Figure    `msgpack:"figures" json:"figures"`
	Timeline   []Event     `msgpack:"timeline" json:"timeline"`
	Related    []string    `msgpack:"related" json:"related"`
	Map        Map         `msgpack:"map" json:"map"`
	// Objectives are the 23 objectives of the Global Compact for Safe, Orderly
	// and Regular Migration (A/RES/73/195, 2018), in order; ObjectiveLinks is
	// the editors' cross-reference of paragraphs to them, made after 2018 and
	// not part of the 2017 summary (in document order, then by objective).
	Objectives     []Objective     `msgpack:"objectives,omitempty" json:"objectives,omitempty"`
	ObjectiveLinks []ObjectiveLink `msgpack:"objective_links,omitempty" json:"objective_links,omitempty"`
}

// Version is the dataset schema version. A decoder rejects an unknown Major.
type Version struct {
	Major int `msgpack:"major" json:"major"`
	Minor int `msgpack:"minor" json:"minor"`
}

// Document describes the publication itself.
type Document struct {
	Title    string `msgpack:"title" json:"title"`       // "International Dialogue on Migration 2017"
	Subtitle string `msgpack:"subtitle" json:"subtitle"` // the workshop theme
	Dates    string `msgpack:"dates" json:"dates"`       // as printed, e.g. "18–19 July 2017"
	Start    string `msgpack:"start" json:"start"`       // ISO date of the first day
	End      string `msgpack:"end" json:"end"`           // ISO date of the last day
	Venue    string `msgpack:"venue" json:"venue"`       // as printed
	// VenueNote is a labelled editorial note on the venue as printed, and
	// VenueNoteSource its sources. Build time only (ForClient drops them).
	VenueNote       string `msgpack:"venue_note,omitempty" json:"venue_note,omitempty"`
	VenueNoteSource string `msgpack:"venue_note_source,omitempty" json:"venue_note_source,omitempty"`
	City            string `msgpack:"city" json:"city"`           // "Geneva"
	Kind            string `msgpack:"kind" json:"kind"`           // "Summary of Conclusions"
	Organiser       string `msgpack:"organiser" json:"organiser"` // "International Organization for Migration (IOM)"
	Workshop        string `msgpack:"workshop" json:"workshop"`   // which IDM workshop this was
	Source          string `msgpack:"source" json:"source"`       // where the text comes from
	// SourceURL is the source of record: IOM's own page for the workshop.
	SourceURL string `msgpack:"source_url,omitempty" json:"source_url,omitempty"`
	// PanelsStated is the number of panels the text announces ("seven panels");
	// Panels lists the panel themes the text actually enumerates (six).
	PanelsStated int      `msgpack:"panels_stated" json:"panels_stated"`
	Panels       []string `msgpack:"panels" json:"panels"`
}

// Theme is a cross-cutting tag used by the filters.
type Theme struct {
	ID          ThemeID `msgpack:"id" json:"id"`
	Label       string  `msgpack:"label" json:"label"`
	Description string  `msgpack:"description" json:"description"`
}

// Section is a part of the report in document order. Areas of convergence
// carry their number (1–10); other sections have Number 0.
type Section struct {
	ID     SectionID `msgpack:"id" json:"id"`
	Number int       `msgpack:"number" json:"number,omitempty"`
	Title  string    `msgpack:"title" json:"title"`
	// Heading is the heading exactly as printed in the document; empty when
	// the document has none and Title is an editorial label for navigation.
	Heading    string        `msgpack:"heading" json:"heading,omitempty"`
	Paragraphs []ParagraphID `msgpack:"paragraphs" json:"paragraphs"`
}

// Paragraph is one paragraph of the report's text with its annotations.
type Paragraph struct {
	ID       ParagraphID `msgpack:"id" json:"id"`
	Section  SectionID   `msgpack:"section" json:"section"`
	Text     string      `msgpack:"text" json:"text"`
	Page     int         `msgpack:"page" json:"page"` // page of the printed summary where it starts
	Themes   []ThemeID   `msgpack:"themes" json:"themes"`
	Speakers []SpeakerID `msgpack:"speakers" json:"speakers,omitempty"`
	Places   []PlaceID   `msgpack:"places" json:"places,omitempty"`
	// Objectives are the numbers of the GCM objectives the paragraph is linked
	// to, ascending (computed from Report.ObjectiveLinks, which has the reasons).
	Objectives []ObjectiveNumber `msgpack:"objectives,omitempty" json:"objectives,omitempty"`
}

// Speaker kinds.
const (
	KindState          = "state"
	KindInternational  = "international-organisation"
	KindCivilSociety   = "civil-society"
	KindPrivateSector  = "private-sector"
	KindAcademia       = "academia"
	KindLocalGovt      = "local-government"
	KindMedia          = "media"
	KindRegional       = "regional-organisation"
	KindGovernmentBody = "government-agency"
)

// SpeakerKinds lists the speaker kinds in display order.
var SpeakerKinds = []string{KindState, KindLocalGovt, KindInternational, KindCivilSociety, KindPrivateSector, KindAcademia, KindMedia}

// Speaker is a person named in the text.
type Speaker struct {
	ID           SpeakerID     `msgpack:"id" json:"id"`
	Name         string        `msgpack:"name" json:"name"`                 // as written
	Aliases      []string      `msgpack:"aliases" json:"aliases,omitempty"` // other forms in the text
	Role         string        `msgpack:"role" json:"role"`
	Organisation string        `msgpack:"organisation" json:"organisation"`
	Represents   PlaceID       `msgpack:"represents" json:"represents,omitempty"` // Place ID, empty if none
	Kind         string        `msgpack:"kind" json:"kind"`
	Themes       []ThemeID     `msgpack:"themes" json:"themes"`
	Paragraphs   []ParagraphID `msgpack:"paragraphs" json:"paragraphs"`
}

// Place is a state or an organisation the map can show.
type Place struct {
	ID   PlaceID `msgpack:"id" json:"id"` // lower-case ISO alpha-2 for states, a slug otherwise
	Kind string  `msgpack:"kind" json:"kind"`
	Name string  `msgpack:"name" json:"name"`
	ISO  string  `msgpack:"iso" json:"iso,omitempty"` // ISO 3166-1 alpha-2, states only
	// Lat and Lon are the representative point; Basis says which point it is
	// and where it comes from. X and Y are the point projected on the map.
	Lat       float64       `msgpack:"lat" json:"lat"`
	Lon       float64       `msgpack:"lon" json:"lon"`
	Basis     string        `msgpack:"basis" json:"basis"`
	HQ        string        `msgpack:"hq" json:"hq,omitempty"` // headquarters city, organisations only
	X         float64       `msgpack:"x" json:"x"`
	Y         float64       `msgpack:"y" json:"y"`
	Mentions  []ParagraphID `msgpack:"mentions" json:"mentions,omitempty"` // paragraphs naming it
	Speakers  []SpeakerID   `msgpack:"speakers" json:"speakers,omitempty"`
	Practices []PracticeID  `msgpack:"practices" json:"practices,omitempty"`
	Note      string        `msgpack:"note" json:"note,omitempty"`
	OnMap     bool          `msgpack:"on_map" json:"on_map"`             // has a shape in Map.Shapes
	PartOf    PlaceID       `msgpack:"part_of" json:"part_of,omitempty"` // e.g. a government agency's state
	// Links lists, in document order, every paragraph the place is linked to
	// and why (computed by the ingest from Mentions, Speakers and Practices).
	Links []PlaceLink `msgpack:"links,omitempty" json:"links,omitempty"`
	// Region is the UN M49 region code of a state (data/m49.csv), or of the
	// state a government agency is part of; "" for other organisations.
	Region string `msgpack:"region,omitempty" json:"region,omitempty"`
}

// Region is a UN M49 region: its M49 code and the id the URL uses.
type Region struct{ Code, ID string }

// Regions are the five UN M49 regions, in the order of their English names.
var Regions = []Region{{"002", "africa"}, {"019", "americas"}, {"142", "asia"}, {"150", "europe"}, {"009", "oceania"}}

// PlaceLink is one paragraph a place is linked to, and why.
type PlaceLink struct {
	Paragraph ParagraphID `msgpack:"paragraph" json:"paragraph"`
	// Why holds, in this order, each of LinkSpeaker, LinkPractice and
	// LinkCredit that applies, or only LinkMention when none does.
	Why []string `msgpack:"why" json:"why"`
}

// Why a place is linked to a paragraph.
const (
	// LinkSpeaker: the paragraph names a speaker who represents the place.
	LinkSpeaker = "speaker"
	// LinkPractice: a good practice credited to the place is this paragraph.
	LinkPractice = "practice"
	// LinkCredit: the paragraph credits the place in parentheses with a point
	// made at the workshop, as in "(Norway and Morocco)".
	LinkCredit = "credit"
	// LinkMention: the paragraph only names the place.
	LinkMention = "mention"
)

// Practice is one good practice from "Sharing Good Practices".
type Practice struct {
	ID        PracticeID  `msgpack:"id" json:"id"`
	Paragraph ParagraphID `msgpack:"paragraph" json:"paragraph"`
	Actor     SpeakerID   `msgpack:"actor" json:"actor,omitempty"` // Speaker ID
	Place     PlaceID     `msgpack:"place" json:"place"`           // Place ID
	Title     string      `msgpack:"title" json:"title"`           // short editorial label
	Text      string      `msgpack:"text" json:"text"`             // the paragraph's words
	Themes    []ThemeID   `msgpack:"themes" json:"themes"`
}

// Figure is a key figure stated in the text.
type Figure struct {
	ID        string      `msgpack:"id" json:"id"`
	Value     string      `msgpack:"value" json:"value"`
	Label     string      `msgpack:"label" json:"label"`
	Quote     string      `msgpack:"quote" json:"quote"` // the words of the text that state it
	Paragraph ParagraphID `msgpack:"paragraph" json:"paragraph"`
}

// Event is a step of the Global Compact process named in the text.
type Event struct {
	ID        string      `msgpack:"id" json:"id"`
	Date      string      `msgpack:"date" json:"date"` // YYYY, YYYY-MM or YYYY-MM-DD
	Label     string      `msgpack:"label" json:"label"`
	Quote     string      `msgpack:"quote" json:"quote"`
	Paragraph ParagraphID `msgpack:"paragraph" json:"paragraph"`
	// Note is a labelled editorial note that corrects or completes what the
	// text says of the event; NoteSource names where the note comes from.
	Note       string `msgpack:"note,omitempty" json:"note,omitempty"`
	NoteSource string `msgpack:"note_source,omitempty" json:"note_source,omitempty"`
}

// Objective is one objective of the Global Compact for Migration, numbered
// and titled as in A/RES/73/195, paragraph 16.
type Objective struct {
	Number ObjectiveNumber `msgpack:"number" json:"number"`
	Title  string          `msgpack:"title" json:"title"`
}

// ObjectiveLink is one link of the editorial cross-reference: a paragraph
// speaks to an objective, and Reason says why in one line that quotes the
// paragraph's own words between “ and ”.
type ObjectiveLink struct {
	Paragraph ParagraphID     `msgpack:"paragraph" json:"paragraph"`
	Objective ObjectiveNumber `msgpack:"objective" json:"objective"`
	Reason    string          `msgpack:"reason" json:"reason"`
}

// Map is the world map, projected (Equal Earth) at build time into SVG paths.
type Map struct {
	Width  float64 `msgpack:"width" json:"width"`
	Height float64 `msgpack:"height" json:"height"`
	Land   string  `msgpack:"land" json:"land"`     // every other country, one path
	Shapes []Shape `msgpack:"shapes" json:"shapes"` // states that appear in the report
	Source string  `msgpack:"source" json:"source"`
}

// Shape is one state's outline on the map.
type Shape struct {
	Place PlaceID `msgpack:"place" json:"place"`
	Path  string  `msgpack:"d" json:"d"` // the SVG path data
}

// The schema version this code writes and reads. Bump Major when a decoder of
// the previous version could misread the data.
const (
	SchemaMajor = 1
	SchemaMinor = 3
)
