package ingest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"idmreport/app/ingest"
)

// copyData copies every file of the real data directory into an in-memory
// file system, which the edits below change and Build reads.
func copyData(t *testing.T) fstest.MapFS {
	t.Helper()
	entries, err := os.ReadDir(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dataDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		fsys[e.Name()] = &fstest.MapFile{Data: b, Mode: 0o644}
	}
	return fsys
}

// edit changes one annotation file and returns the line the change is on.
type edit func(t *testing.T, fsys fstest.MapFS) (file string, line int)

// readFile returns a file of fsys as a string.
func readFile(t *testing.T, fsys fstest.MapFS, file string) string {
	t.Helper()
	f, ok := fsys[file]
	if !ok {
		t.Fatalf("no file %s", file)
	}
	return string(f.Data)
}

// writeFile replaces (or adds) a file of fsys.
func writeFile(fsys fstest.MapFS, file, s string) {
	fsys[file] = &fstest.MapFile{Data: []byte(s), Mode: 0o644}
}

// appendRow adds a row at the end of a CSV file; the line is the file's last.
func appendRow(file, row string) edit {
	return func(t *testing.T, fsys fstest.MapFS) (string, int) {
		t.Helper()
		s := readFile(t, fsys, file)
		if !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		s += row + "\n"
		writeFile(fsys, file, s)
		return file, strings.Count(s, "\n")
	}
}

// replace changes the only occurrence of old in a CSV file; the line is
// where old starts, after any leading newline (which anchors old at a line
// start).
func replace(file, old, new string) edit {
	return func(t *testing.T, fsys fstest.MapFS) (string, int) {
		t.Helper()
		s := readFile(t, fsys, file)
		if n := strings.Count(s, old); n != 1 {
			t.Fatalf("%s contains %q %d times, want once", file, old, n)
		}
		i := strings.Index(s, old)
		writeFile(fsys, file, s[:i]+new+s[i+len(old):])
		i += len(old) - len(strings.TrimLeft(old, "\n"))
		return file, strings.Count(s[:i], "\n") + 1
	}
}

// dropRow deletes the row that starts with prefix; the line is that of the
// row that starts with at, after the deletion.
func dropRow(file, prefix, at string) edit {
	return func(t *testing.T, fsys fstest.MapFS) (string, int) {
		t.Helper()
		var kept []string
		line := 0
		for _, l := range strings.SplitAfter(readFile(t, fsys, file), "\n") {
			if strings.HasPrefix(l, prefix) {
				continue
			}
			kept = append(kept, l)
			if strings.HasPrefix(l, at) {
				line = len(kept)
			}
		}
		if line == 0 {
			t.Fatalf("%s has no row starting %q", file, at)
		}
		writeFile(fsys, file, strings.Join(kept, ""))
		return file, line
	}
}

func TestBuildReportsBadAnnotations(t *testing.T) {
	tests := []struct {
		name   string
		edit   edit
		phrase string // what the error must say after "file:line: "
	}{
		{"unknown theme on a paragraph",
			replace(ingest.ParagraphFile, "is the principal,cooperation\n", "is the principal,cooperation;nonesuch\n"),
			`unknown theme "nonesuch"`},
		{"duplicate paragraph id",
			replace(ingest.ParagraphFile, "\nintro-p2,intro,", "\nintro-p1,intro,"),
			`duplicate paragraph id "intro-p1"`},
		{"unknown section",
			replace(ingest.ParagraphFile, "\nintro-p2,intro,", "\nintro-p2,preface,"),
			`unknown section "preface"`},
		{"starts_with not found",
			replace(ingest.ParagraphFile, "IOM held its second IDM workshop", "IOM held its third IDM workshop"),
			`starts_with "IOM held its third IDM workshop of 2017" not found`},
		{"paragraph out of section order",
			appendRow(ingest.ParagraphFile, "late-p1,intro,IOM wishes to thank,cooperation"),
			`comes before the previous paragraph's`},
		{"duplicate speaker id",
			appendRow(ingest.SpeakersFile, "peter-thomson,Peter Thomson,,President,UN General Assembly,un-ga,international-organisation,cooperation,"),
			`duplicate speaker id "peter-thomson"`},
		{"speaker name not in the text",
			appendRow(ingest.SpeakersFile, "jane-roe,Jane Roe,,Minister,,gh,state,rights,"),
			`name "Jane Roe" does not occur in the text`},
		{"speaker alias not in the text",
			replace(ingest.SpeakersFile, ",Minister Hussen,", ",Minister Hussein,"),
			`name "Minister Hussein" does not occur in the text`},
		{"speaker represents an unknown place",
			replace(ingest.SpeakersFile, "Deputy Minister for Foreign Affairs,,gh,state,", "Deputy Minister for Foreign Affairs,,zz,state,"),
			`represents "zz", which is not in places.csv`},
		{"speaker of unknown kind",
			replace(ingest.SpeakersFile, ",The Perennial Plate,,media,", ",The Perennial Plate,,film,"),
			`unknown speaker kind "film"`},
		{"speaker reported in a missing paragraph",
			appendRow(ingest.SpeakersFile, "aud-roe,Aud Kolberg,,Minister,,no,state,rights,nowhere-p9"),
			`reported_in: paragraph "nowhere-p9" does not exist`},
		{"speaker reported in a paragraph that names the speaker",
			replace(ingest.SpeakersFile, ";drivers,opening-p3;opening-p4\n", ";drivers,opening-p3;opening-p4;opening-p2\n"),
			`reported_in: paragraph "opening-p2" already names the speaker`},
		{"timeline note without its source",
			appendRow(ingest.TimelineFile, "noted-event,2018,Noted event,opening-p6,in 2018,Editorial note: a fact.,"),
			`note and note_source go together`},
		{"venue note without its source",
			dropRow(ingest.DocumentFile, "venue_note_source,", "venue_note,"),
			`venue_note and venue_note_source go together`},
		{"figure cites a missing paragraph",
			appendRow(ingest.FiguresFile, "ghost,1,Ghost figure,nowhere-p9,approximately 400"),
			`paragraph "nowhere-p9" does not exist`},
		{"figure quote not in its paragraph",
			appendRow(ingest.FiguresFile, "ghost,500,Ghost figure,intro-p3,approximately 500 participants"),
			`quote "approximately 500 participants" does not occur in paragraph "intro-p3"`},
		{"practice cites a missing paragraph",
			appendRow(ingest.PracticesFile, "ghost-practice,nowhere-p9,,,A ghost practice,rights"),
			`paragraph "nowhere-p9" does not exist`},
		{"practice actor is no speaker",
			appendRow(ingest.PracticesFile, "ghost-practice,practices-p15,nobody,ke,A ghost practice,rights"),
			`actor "nobody" is not a speaker`},
		{"timeline date malformed",
			appendRow(ingest.TimelineFile, "ghost-event,2017-13,Ghost event,opening-p6,in 2018,,"),
			`date "2017-13" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"latitude out of range",
			replace(ingest.PlacesFile, ",IOM;International Organization for Migration,46.2017,", ",IOM;International Organization for Migration,95,"),
			`lat 95, lon 6.1469 out of range`},
		{"organisation without coordinates",
			replace(ingest.PlacesFile, ",IGAD,11.5883,43.1450,", ",IGAD,,,"),
			`organisation "igad" needs the lat,lon of its headquarters city`},
		{"unknown ISO code",
			appendRow(ingest.PlacesFile, "xx,state,Nowhere,XX,,,,,,,"),
			`unknown ISO 3166-1 code "XX"`},
		{"state id not its ISO code",
			replace(ingest.PlacesFile, "\ngh,state,Ghana,GH,", "\ngha,state,Ghana,GH,"),
			`unknown ISO 3166-1 code "GH" for state "gha"`},
		{"M49 row with the wrong alpha-3",
			replace(ingest.RegionsFile, "GH,GHA,288,", "GH,GHN,288,"),
			`GH is GHA 288 in ISO 3166-1, not GHN 288`},
		{"M49 row with an unknown region",
			replace(ingest.RegionsFile, "GH,GHA,288,002,", "GH,GHA,288,003,"),
			`GH: "003" is not a UN M49 region code`},
		{"state without an M49 row",
			dropRow(ingest.RegionsFile, "GH,", "alpha_2"),
			`state gh (GH) has no row`},
		{"place mention not in the text",
			replace(ingest.PlacesFile, "Canada;Canadian", "Canada;Canadians"),
			`mention "Canadians" does not occur in the text`},
		{"theme with no paragraph",
			appendRow(ingest.ThemesFile, "orphans,Orphans,A theme no paragraph carries."),
			`theme "orphans" has no paragraph`},
		{"theme without a description",
			appendRow(ingest.ThemesFile, "bare,Bare,"),
			`theme "bare" needs a label and a description`},
		{"row with too few fields",
			appendRow(ingest.TimelineFile, "short-event,2017"),
			`wrong number of fields`},
		{"row with too many fields",
			appendRow(ingest.ThemesFile, "extra,Extra,Described,and more"),
			`wrong number of fields`},
		{"bare quote in the first field",
			appendRow(ingest.FiguresFile, `gh"ost,1,Ghost,intro-p3,approximately 400`),
			`bare " in non-quoted-field`},
		{"link to an objective beyond 23",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,24,calls for “an end to the practice of detaining children”"),
			`objective "24" is not a GCM objective (1–23)`},
		{"link to objective 0",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,0,calls for “an end to the practice of detaining children”"),
			`objective "0" is not a GCM objective (1–23)`},
		{"link objective not a number",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,thirteen,calls for “an end to the practice of detaining children”"),
			`objective "thirteen" is not a GCM objective`},
		{"link to a missing paragraph",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p9,13,calls for “an end to the practice of detaining children”"),
			`paragraph "area-3-p9" does not exist`},
		{"link from a section that is not linked",
			appendRow(ingest.ObjectiveLinksFile, "intro-p3,23,“The event gathered approximately 400 participants”"),
			`paragraph "intro-p3" is in section "intro": only the areas of convergence, the panels and the good practices`},
		{"duplicate link",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,13,“alternatives to detention”"),
			`duplicate link of paragraph "area-3-p3" to objective 13 (first at line `},
		{"reason quote not in the paragraph",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,7,calls for “an end to the detention of children”"),
			`reason: “an end to the detention of children” does not occur in the paragraph (paragraph "area-3-p3")`},
		{"reason quote in another case",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,7,“Alternatives to detention”"),
			`reason: “Alternatives to detention” does not occur in the paragraph`},
		{"reason with a second quote not in the paragraph",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,7,“alternatives to detention” and “family-based care”"),
			`reason: “family-based care” does not occur in the paragraph`},
		{"reason that quotes nothing",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,7,children should not be detained"),
			`reason: quotes nothing`},
		{"reason with an unclosed quotation",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,7,“alternatives to detention"),
			`reason: unpaired “ or ”`},
		{"reason with a closing mark first",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,7,alternatives to detention” and “detaining children”"),
			`reason: unpaired “ or ”`},
		{"reason with straight quotation marks",
			appendRow(ingest.ObjectiveLinksFile, `area-3-p3,7,"calls for ""alternatives to detention"""`),
			`reason: write quotation marks as “ and ”, not "`},
		{"reason with an empty quotation",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,7,“”"),
			`reason: empty quotation “”`},
		{"empty reason",
			appendRow(ingest.ObjectiveLinksFile, "area-3-p3,7,"),
			`reason: empty`},
		{"reason on two lines",
			replace(ingest.ObjectiveLinksFile,
				"\narea-3-p3,13,“an end to the practice of detaining children” and “more information about alternatives to detention”\n",
				"\narea-3-p3,13,\"“an end to the practice of detaining children”\nand “more information about alternatives to detention”\"\n"),
			`reason: must be one line`},
		{"objectives out of order",
			replace(ingest.ObjectivesFile, "\n13,Use migration detention", "\n14,Use migration detention"),
			`objective number "14": want 13`},
		{"objective without a title",
			replace(ingest.ObjectivesFile, "\n13,Use migration detention only as a measure of last resort and work towards alternatives\n", "\n13,\n"),
			`objective 13 needs a title`},
		{"objective missing",
			dropRow(ingest.ObjectivesFile, "23,", "22,"),
			`22 objectives, want 23 (A/RES/73/195)`},
		{"bare quote in a later field",
			appendRow(ingest.FiguresFile, `ghost,1,Gh"ost,intro-p3,approximately 400`),
			`bare " in non-quoted-field`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := copyData(t)
			file, line := tt.edit(t, fsys)
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("Build panicked: %v", p)
				}
			}()
			r, err := ingest.Build(fsys)
			if err == nil {
				t.Fatalf("Build = %d paragraphs, no error; want %s:%d: %s", len(r.Paragraphs), file, line, tt.phrase)
			}
			prefix := fmt.Sprintf("%s:%d: ", file, line)
			if !strings.Contains(err.Error(), prefix) {
				t.Errorf("error does not point at %s:\n%v", prefix, err)
			}
			if !strings.Contains(err.Error(), tt.phrase) {
				t.Errorf("error does not say %q:\n%v", tt.phrase, err)
			}
		})
	}
}

// TestBuildCollectsErrors checks that problems in one file are all reported
// together, each with its own line.
func TestBuildCollectsErrors(t *testing.T) {
	fsys := copyData(t)
	_, line1 := appendRow(ingest.SpeakersFile, "jane-roe,Jane Roe,,Minister,,gh,state,rights,")(t, fsys)
	_, line2 := appendRow(ingest.SpeakersFile, "john-roe,John Roe,,Minister,,gh,state,rights,")(t, fsys)
	_, err := ingest.Build(fsys)
	if err == nil {
		t.Fatal("Build succeeded, want two errors")
	}
	for _, want := range []string{
		fmt.Sprintf("speakers.csv:%d: name \"Jane Roe\"", line1),
		fmt.Sprintf("speakers.csv:%d: name \"John Roe\"", line2),
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not contain %q:\n%v", want, err)
		}
	}
}

// TestBuildCopiedDataUnchanged makes sure the copy itself builds, so the
// failures above come from the edits.
func TestBuildCopiedDataUnchanged(t *testing.T) {
	if _, err := ingest.Build(copyData(t)); err != nil {
		t.Fatalf("Build of an unedited copy: %v", err)
	}
}

// TestBuildMissingFile checks that a data folder without one of its files is
// refused with an error naming the file.
func TestBuildMissingFile(t *testing.T) {
	for _, file := range []string{ingest.SourceFile, ingest.PlacesFile, ingest.MapFile} {
		fsys := copyData(t)
		delete(fsys, file)
		_, err := ingest.Build(fsys)
		if err == nil || !strings.Contains(err.Error(), file) {
			t.Errorf("Build without %s: error %v, want one naming the file", file, err)
		}
	}
}
