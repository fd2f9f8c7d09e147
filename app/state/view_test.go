package state_test

import (
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"

	"idmreport/app/model"
	"idmreport/app/state"
	"idmreport/data"
)

var built struct {
	once sync.Once
	r    *model.Report
	ix   *state.Index
	err  error
}

// report returns the real report, decoded from the embedded blob, and its
// index. Tests must not modify them.
func report(t testing.TB) (*model.Report, *state.Index) {
	t.Helper()
	built.once.Do(func() {
		built.r, built.err = model.Decode(data.Report)
		if built.err == nil {
			built.ix = state.NewIndex(built.r)
		}
	})
	if built.err != nil {
		t.Fatalf("decoding the embedded report: %v", built.err)
	}
	return built.r, built.ix
}

// show formats a view with its strings quoted, so stray spaces are visible.
func show(v state.View) string {
	return fmt.Sprintf("{Themes:%q Query:%q Place:%q Speaker:%q Paragraph:%q Embed:%v}",
		v.Themes, v.Query, v.Place, v.Speaker, v.Paragraph, v.Embed)
}

// mustURL parses a URL for a test table.
func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatalf("url.Parse(%q): %v", s, err)
	}
	return u
}

func TestParse(t *testing.T) {
	_, ix := report(t)
	long := strings.Repeat("é", 300)
	tests := []struct {
		name string
		url  string
		want state.View
	}{
		{"empty", "https://example.org/idm/", state.View{}},
		{"relative default", "./", state.View{}},
		{"one theme", "?theme=children", state.View{Themes: []model.ThemeID{"children"}}},
		{"two themes in report order", "?theme=health,children", state.View{Themes: []model.ThemeID{"children", "health"}}},
		{"repeated theme once", "?theme=children,children", state.View{Themes: []model.ThemeID{"children"}}},
		{"unknown theme ignored", "?theme=children,nonesuch", state.View{Themes: []model.ThemeID{"children"}}},
		{"only unknown themes", "?theme=nonesuch,", state.View{}},
		{"theme ids are case-sensitive", "?theme=Children", state.View{}},
		{"country", "?country=gh", state.View{Place: "gh"}},
		{"organisation as country", "?country=iom", state.View{Place: "iom"}},
		{"unknown country ignored", "?country=zz", state.View{}},
		{"country code in capitals ignored", "?country=GH", state.View{}},
		{"speaker", "?speaker=tijani-mohammed", state.View{Speaker: "tijani-mohammed"}},
		{"unknown speaker ignored", "?speaker=jane-roe", state.View{}},
		{"speaker id given as a place ignored", "?speaker=gh", state.View{}},
		{"query", "?q=Palermo+Protocol", state.View{Query: "Palermo Protocol"}},
		{"markup is just text", "?q=%3Cscript%3Ealert(1)%3C/script%3E", state.View{Query: "<script>alert(1)</script>"}},
		{"control characters removed", "?q=a%00b%09c%0Ad%7Fe%1B", state.View{Query: "a b c d e"}},
		{"white space collapsed", "?q=%20%20migrant%20%20%20children%20", state.View{Query: "migrant children"}},
		{"only white space", "?q=%20%09%0A", state.View{}},
		{"long query capped at 200 runes", "?q=" + url.QueryEscape(long), state.View{Query: strings.Repeat("é", 200)}},
		{"cap does not leave a trailing space", "?q=" + strings.Repeat("a", 199) + "+bbb",
			state.View{Query: strings.Repeat("a", 199)}},
		{"embed", "?embed=1", state.View{Embed: true}},
		{"embed other value ignored", "?embed=true", state.View{}},
		{"paragraph", "#intro-p1", state.View{Paragraph: "intro-p1"}},
		{"unknown paragraph ignored", "#nope", state.View{}},
		{"section id is no paragraph", "#area-3", state.View{}},
		{"malformed escape ignored, rest kept", "?%zz&theme=children", state.View{Themes: []model.ThemeID{"children"}}},
		{"malformed value ignored, rest kept", "?q=%zz&country=gh", state.View{Place: "gh"}},
		{"semicolon separator ignored", "?theme=children;country=gh", state.View{}},
		{"unknown parameter ignored", "?utm_source=x&theme=children", state.View{Themes: []model.ThemeID{"children"}}},
		{"everything", "?theme=rights,children&q=detention&country=hn&speaker=sikander-khan&embed=1#area-3-p3",
			state.View{Themes: []model.ThemeID{"children", "rights"}, Query: "detention", Place: "hn",
				Speaker: "sikander-khan", Paragraph: "area-3-p3", Embed: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := state.Parse(mustURL(t, tt.url), ix), tt.want; !reflect.DeepEqual(got, want) {
				t.Errorf("Parse(%q) = %s, want %s", tt.url, show(got), show(want))
			}
		})
	}
}

func TestParseHandBuiltURL(t *testing.T) {
	_, ix := report(t)
	tests := []struct {
		name string
		u    *url.URL
		want state.View
	}{
		{"nil URL", nil, state.View{}},
		{"malformed raw query", &url.URL{RawQuery: "%zz&theme=children"}, state.View{Themes: []model.ThemeID{"children"}}},
		{"only malformed", &url.URL{RawQuery: "%zz"}, state.View{}},
		{"fragment beside a malformed query", &url.URL{RawQuery: "%zz&embed=1", Fragment: "intro-p1"},
			state.View{Embed: true, Paragraph: "intro-p1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := state.Parse(tt.u, ix), tt.want; !reflect.DeepEqual(got, want) {
				t.Errorf("Parse(%v) = %s, want %s", tt.u, show(got), show(want))
			}
		})
	}
}

func TestEncode(t *testing.T) {
	tests := []struct {
		v    state.View
		want string
	}{
		{state.View{}, "./"},
		{state.View{Themes: []model.ThemeID{"children", "health"}}, "?theme=children%2Chealth"},
		{state.View{Query: "a&b=c #d"}, "?q=a%26b%3Dc+%23d"},
		{state.View{Paragraph: "intro-p1"}, "./#intro-p1"},
		{state.View{Place: "gh", Embed: true, Paragraph: "opening-p5"}, "?country=gh&embed=1#opening-p5"},
	}
	for _, tt := range tests {
		if got, want := tt.v.Encode(), tt.want; got != want {
			t.Errorf("%+v.Encode() = %q, want %q", tt.v, got, want)
		}
	}
}

func TestEncodeParseRoundTrip(t *testing.T) {
	_, ix := report(t)
	tests := []state.View{
		{},
		{Themes: []model.ThemeID{"children"}},
		{Themes: []model.ThemeID{"children", "health", "drivers"}},
		{Query: "Palermo"},
		{Query: "a&b=c #d ?e/f%g+h ü ’ 日本"},
		{Query: "<script>alert(1)</script>"},
		{Query: strings.Repeat("x", 200)},
		{Place: "gh"},
		{Place: "eu"},
		{Speaker: "william-lacy-swing"},
		{Paragraph: "area-10-p2"},
		{Embed: true},
		{Themes: []model.ThemeID{"rights"}, Query: "detention of children", Place: "hn", Speaker: "sikander-khan",
			Paragraph: "area-3-p3", Embed: true},
	}
	for _, v := range tests {
		u := mustURL(t, v.Encode())
		if got := state.Parse(u, ix); !reflect.DeepEqual(got, v) {
			t.Errorf("Parse(%q) = %s, want %s", v.Encode(), show(got), show(v))
		}
	}
}

func TestToggleTheme(t *testing.T) {
	r, _ := report(t)
	v := state.View{}.ToggleTheme("health", r).ToggleTheme("children", r)
	if got, want := v.Themes, []model.ThemeID{"children", "health"}; !reflect.DeepEqual(got, want) {
		t.Errorf("themes after toggling health, children = %v, want %v", got, want)
	}
	if !v.HasTheme("health") || v.HasTheme("rights") {
		t.Errorf("HasTheme on %v is wrong", v.Themes)
	}
	v = v.ToggleTheme("health", r)
	if got, want := v.Themes, []model.ThemeID{"children"}; !reflect.DeepEqual(got, want) {
		t.Errorf("themes after toggling health off = %v, want %v", got, want)
	}
	if got := v.ToggleTheme("children", r); got.Filtering() {
		t.Errorf("view %+v still filters after toggling its only theme off", got)
	}
	if got, want := (state.View{Query: "x", Embed: true, Place: "gh"}).Cleared(), (state.View{Embed: true}); !reflect.DeepEqual(got, want) {
		t.Errorf("Cleared() = %+v, want %+v", got, want)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "./", "?theme=children,health", "?theme=health,children,nonesuch", "?country=gh&speaker=tijani-mohammed",
		"?q=%3Cscript%3Ealert(1)%3C/script%3E", "?q=a%00b%7F", "?%zz&theme=children", "?theme=children;q=x",
		"?embed=1#intro-p1", "#nope", "?q=" + strings.Repeat("é", 250), "?q=\xff\xfe",
		"?q=" + strings.Repeat("a", 199) + "+b",
		"https://example.org/idm/?theme=children&q=detention&country=hn&embed=1#area-3-p3",
	} {
		f.Add(s)
	}
	_, ix := report(f)
	f.Fuzz(func(t *testing.T, s string) {
		u, err := url.Parse(s)
		if err != nil {
			t.Skip()
		}
		v := state.Parse(u, ix)
		if len([]rune(v.Query)) > 200 {
			t.Errorf("Parse(%q).Query has %d runes, want at most 200", s, len([]rune(v.Query)))
		}
		enc := v.Encode()
		u2, err := url.Parse(enc)
		if err != nil {
			t.Fatalf("Parse(%q).Encode() = %q, which url.Parse rejects: %v", s, enc, err)
		}
		if again := state.Parse(u2, ix); !reflect.DeepEqual(again, v) {
			t.Errorf("not idempotent: Parse(%q) = %s\nEncode = %q\nParse again = %s", s, show(v), enc, show(again))
		}
	})
}
