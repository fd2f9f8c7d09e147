package model

// The ids of the report's records. Each is a string (a number for GCM
// objectives) with its own type, so a function that wants a place cannot be
// handed a speaker. msgpack and JSON write a named string exactly as a
// string, so the data files do not change. app/state's Index is the one
// lookup of a record by its id.

// ParagraphID names a paragraph, as "area-3-p1"; it is also the paragraph's
// element id in the document and the URL fragment that links to it.
type ParagraphID string

// SectionID names a section of the report, as "area-3"; it is also the
// section's element id in the document.
type SectionID string

// SpeakerID names a speaker, as a slug of the name.
type SpeakerID string

// PlaceID names a place: a state's lower-case ISO 3166-1 alpha-2 code, or an
// organisation's slug.
type PlaceID string

// ThemeID names a cross-cutting theme, as "children".
type ThemeID string

// PracticeID names a good practice.
type PracticeID string

// ObjectiveNumber is the number (1–23) of an objective of the Global Compact
// for Migration.
type ObjectiveNumber int
