package ingest_test

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"idmreport/app/ingest"
)

func TestRepair(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"singular possessive", "IOM s Director General", "IOM's Director General"},
		{"possessive of a hyphenated word", "the Director-General s view", "the Director-General's view"},
		{"possessive across a line break", "Ghana\ns Deputy Minister", "Ghana's Deputy Minister"},
		{"plural possessive", "protecting migrants rights.", "protecting migrants' rights."},
		{"plural possessive, other nouns", "migrants voices and migrants skills", "migrants' voices and migrants' skills"},
		{"day range", "18 19 July 2017", "18–19 July 2017"},
		{"day range inside a sentence", "held on 1 2 December at", "held on 1–2 December at"},
		{"hyphen split by a line break", "Deputy Director- General Laura", "Deputy Director-General Laura"},
		{"double hyphen", "immediate needs -- and longer-term", "immediate needs – and longer-term"},
		{"opening dash of the aside (rule 8)", "in the immediate short-term such as responding to migrants immediate needs -- and",
			"in the immediate short-term – such as responding to migrants' immediate needs – and"},
		{"dash in the second panel's title (rule 9)", "2) Identifying migrant vulnerabilities structural and situational factors",
			"2) Identifying migrant vulnerabilities – structural and situational factors"},
		{"quotation marks around reported words (rule 10)",
			"are owed. We are not talking about creating a new category of migrants to whom specific protections are owed. Rather we are talking about migrants in vulnerable situations he underlined.",
			"are owed. “We are not talking about creating a new category of migrants to whom specific protections are owed. Rather we are talking about migrants in vulnerable situations” he underlined."},
		{"quotation marks across a line break (rule 10)",
			"We are not talking about creating a new category of migrants to whom specific protections are owed.\nRather we are talking about migrants in vulnerable situations he underlined",
			"“We are not talking about creating a new category of migrants to whom specific protections are owed. Rather we are talking about migrants in vulnerable situations” he underlined"},
		{"white space collapsed", "  a \t b\n\nc  ", "a b c"},

		{"decade unchanged", "by the 1980s Ghana", "by the 1980s Ghana"},
		{"lone s at the start unchanged", "s is a letter", "s is a letter"},
		{"plural then preposition unchanged", "migrants in vulnerable situations", "migrants in vulnerable situations"},
		{"plural then other noun unchanged", "migrants workers", "migrants workers"},
		{"hyphenated day range unchanged", "from 18-19 April 2017", "from 18-19 April 2017"},
		{"year and day unchanged", "in 2018 3 July", "in 2018 3 July"},
		{"numbers without a month unchanged", "18 19 participants", "18 19 participants"},
		{"other hyphen split unchanged", "non- governmental", "non- governmental"},
		{"double hyphen without spaces unchanged", "a--b", "a--b"},
		{"already repaired unchanged", "IOM's migrants' 18–19 July Director-General – end", "IOM's migrants' 18–19 July Director-General – end"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := ingest.Repair(tt.in), tt.want; got != want {
				t.Errorf("Repair(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

// TestRepairIdempotent checks that repairing repaired text changes nothing.
func TestRepairIdempotent(t *testing.T) {
	for _, in := range []string{"IOM s migrants rights 18 19 July Director- General -- x", "a s b s", "the 1980s",
		"immediate short-term such as responding", "Identifying migrant vulnerabilities structural and situational",
		"We are not talking about creating a new category of migrants to whom specific protections are owed. Rather we are talking about migrants in vulnerable situations he underlined"} {
		once := ingest.Repair(in)
		if got, want := ingest.Repair(once), once; got != want {
			t.Errorf("Repair(Repair(%q)) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitPages(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []ingest.Page
		wantErr []string // phrases the error must contain; nil for success
	}{
		{
			name: "two pages",
			in:   "\nOne IOM s 1\n\ntwo 18 19 July 2\n",
			want: []ingest.Page{{Number: 1, Text: "One IOM's"}, {Number: 2, Text: "two 18–19 July"}},
		},
		{
			name: "sentence split by a page break",
			in:   "and to enhance 1\n\nmigrant resilience. 2",
			want: []ingest.Page{{Number: 1, Text: "and to enhance"}, {Number: 2, Text: "migrant resilience."}},
		},
		{
			name: "numbers in the text are not page numbers",
			in:   "led by 40 speakers, 22 of whom 1\n\nin 2018. 2\n",
			want: []ingest.Page{{Number: 1, Text: "led by 40 speakers, 22 of whom"}, {Number: 2, Text: "in 2018."}},
		},
		{
			name: "two-digit page numbers",
			in:   pagesUpTo(11),
			want: wantPagesUpTo(11),
		},
		{name: "empty", in: "", want: nil},
		{
			name:    "gap in the page numbers",
			in:      "one 1\n\ntwo 3\n\nthree 4",
			wantErr: []string{"page number 3", "page 2"},
		},
		{
			name:    "first page number is not 1",
			in:      "one 2\n\ntwo 3",
			wantErr: []string{"page number 2", "page 1"},
		},
		{
			name:    "text after the last page number",
			in:      "one 1\n\ntwo 2\n\nthree",
			wantErr: []string{"after page 2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ingest.SplitPages(tt.in)
			if tt.wantErr != nil {
				if err == nil {
					t.Fatalf("SplitPages(%q) = %+v, want an error", tt.in, got)
				}
				for _, phrase := range tt.wantErr {
					if !strings.Contains(err.Error(), phrase) {
						t.Errorf("SplitPages(%q) error %q does not mention %q", tt.in, err, phrase)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("SplitPages(%q): %v", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitPages(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

// pagesUpTo writes n pages: "words of page a 1⏎⏎words of page b 2⏎⏎…".
func pagesUpTo(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString("words of page ")
		b.WriteString(string(rune('a' + i - 1)))
		b.WriteString(" ")
		b.WriteString(strconv.Itoa(i))
		b.WriteString("\n\n")
	}
	return b.String()
}

func wantPagesUpTo(n int) []ingest.Page {
	var ps []ingest.Page
	for i := 1; i <= n; i++ {
		ps = append(ps, ingest.Page{Number: i, Text: "words of page " + string(rune('a'+i-1))})
	}
	return ps
}
