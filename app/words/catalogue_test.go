package words_test

import (
	"slices"
	"strings"
	"testing"

	"idmreport/app/model"
	"idmreport/app/words"
	"idmreport/data"
)

// themeIDs are the theme ids of the data.
func themeIDs(t *testing.T) []string {
	t.Helper()
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, th := range r.Themes {
		ids = append(ids, string(th.ID))
	}
	return ids
}

// TestCataloguesComplete checks that the three catalogues have the same
// keys and no empty value, and that French and Spanish translate every
// theme of the data and nothing else.
func TestCataloguesComplete(t *testing.T) {
	ids := themeIDs(t)
	if len(words.Langs) != 3 {
		t.Fatalf("%d languages, want en, fr, es", len(words.Langs))
	}
	if err := words.CheckAll(ids); err != nil {
		t.Fatal(err)
	}
	base := withoutThemes(words.Keys(&words.FR))
	for _, w := range words.Langs {
		if got := withoutThemes(words.Keys(w)); !slices.Equal(got, base) {
			t.Errorf("%s has other keys than fr", w.Lang)
		}
		if w.Lang == "en" {
			continue
		}
		if len(w.Themes) != len(ids) {
			t.Errorf("%s translates %d themes, the data has %d", w.Lang, len(w.Themes), len(ids))
		}
	}
	empty := words.FR
	empty.Close = ""
	if err := words.Check(&empty, ids); err == nil || !strings.Contains(err.Error(), "Close") {
		t.Errorf("Check of a catalogue without Close: %v", err)
	}
	empty.Themes = map[string]words.Theme{"children": {Label: "Enfants", Description: "…"}}
	if err := words.Check(&empty, ids); err == nil || !strings.Contains(err.Error(), `theme "health"`) {
		t.Errorf("Check of a catalogue without the health theme: %v", err)
	}
}

func withoutThemes(keys []string) []string {
	return slices.DeleteFunc(keys, func(k string) bool { return strings.HasPrefix(k, "Themes[") })
}

// TestPlural checks each language's plural rule: French puts 0 in the singular.
func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		w    *words.Words
		n    int
		want string
	}{
		{&words.EN, 0, "0 speakers"}, {&words.EN, 1, "1 speaker"}, {&words.EN, 2, "2 speakers"},
		{&words.FR, 0, "0 intervenant"}, {&words.FR, 1, "1 intervenant"}, {&words.FR, 2, "2 intervenants"},
		{&words.ES, 0, "0 ponentes"}, {&words.ES, 1, "1 ponente"}, {&words.ES, 2, "2 ponentes"},
	} {
		if got := tt.w.Plural(tt.n, tt.w.Speaker); got != tt.want {
			t.Errorf("%s Plural(%d) = %q, want %q", tt.w.Lang, tt.n, got, tt.want)
		}
	}
}

// TestNumbersAndDates checks the tiny number and date formatters.
func TestNumbersAndDates(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{words.EN.Num(86), "86"}, {words.EN.Num(1234), "1,234"}, {words.FR.Num(12345), "12\u202f345"},
		{words.ES.Num(1234), "1234"}, {words.ES.Num(12345), "12.345"}, {words.EN.Num(1234567), "1,234,567"},
		{words.EN.Date("2017-12-04"), "4 December 2017"}, {words.FR.Date("2017-12-01"), "1er décembre 2017"},
		{words.ES.Date("2016-09-19"), "19 de septiembre de 2016"}, {words.ES.Date("2017-07"), "julio de 2017"},
		{words.FR.Date("2000"), "2000"},
		{words.Sub("{1} of {2}", "a", "b"), "a of b"}, {words.Sub("{x} {1}", "a"), "{x} a"},
		{words.For("fr-CA").Lang, "fr"}, {words.For("de").Lang, "en"}, {words.For("").Lang, "en"},
		{words.FR.Href(&words.ES), "../es/"}, {words.EN.Href(&words.EN), "./"}, {words.ES.Href(&words.EN), "../"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
