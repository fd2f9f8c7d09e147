package ingest_test

import (
	"regexp"
	"slices"
	"testing"

	"idmreport/app/model"
)

// themeIndicators are, for each theme, words that data/README.md's coding
// rule names as sure signs of the theme: a paragraph that contains one carries
// the theme, unless it is listed in themeExceptions with the reason the rule
// gives. The indicators are a floor, not the rule: a paragraph may carry a
// theme without any of its words (the rule decides), but it may not have one
// of them and lack the theme silently. This is the check that would have
// caught the weak recall of drivers, labour and diaspora.
var themeIndicators = map[model.ThemeID]*regexp.Regexp{
	"children":              regexp.MustCompile(`\b[Cc]hild(ren)?\b|\bunaccompanied\b`),
	"gender":                regexp.MustCompile(`\b(women|girls|gender)\b`),
	"return":                regexp.MustCompile(`\b(return|returning|returned|returnees|deported|repatriated|readmission)\b|re-integration`),
	"integration":           regexp.MustCompile(`(^|[^\w-])([Ii]ntegration|inclusion|newcomers)\b`),
	"smuggling-trafficking": regexp.MustCompile(`\b(smuggl|traffick)\w*`),
	"irregular-regular":     regexp.MustCompile(`\b(irregular|irregularly|irregularity|regularize|legal pathways)\b|\bregular (pathways|routes|migration)\b|freedom of movement`),
	"rights":                regexp.MustCompile(`\bhuman rights\b|\brights of\b|\bprotection (systems|frameworks)\b|\baccess to justice\b|\bunable to go to the police\b`),
	"labour":                regexp.MustCompile(`\b(labou?r|workers?|employment|employers|jobs?|unemployment|recruitment|pensions?|wages|skills)\b|\bsocial security benefits\b`),
	"data":                  regexp.MustCompile(`\b(data|evidence|monitoring|indicators)\b`),
	"cooperation":           regexp.MustCompile(`\b([Cc]ooperation|collaboration|shared responsibilit\w*|governance|whole of (government|society)|coordination)\b`),
	"crises":                regexp.MustCompile(`\b(crisis|crises|conflict|disasters?|humanitarian|displacement|displaced|Nansen)\b`),
	"health":                regexp.MustCompile(`\bhealth\b`),
	"local":                 regexp.MustCompile(`\b(local|city|cities|mayor|councillor)\b|\bcommunity level\b`),
	"diaspora-voices":       regexp.MustCompile(`\bdiaspora\b|migrants' (voices|associations)|\babroad\b|\bconsular\b|\bremittances\b`),
	"implementation":        regexp.MustCompile(`\b(implement|implemented|implementing|implementation|follow-up)\b|\bcommitments already made\b`),
	"xenophobia-narrative":  regexp.MustCompile(`\b(xenophobia|racism|discrimination|narrative|public opinion|media images|public awareness|depict\w*|victims)\b`),
	"security":              regexp.MustCompile(`\b(state security|security concerns|sovereignty|terrorism)\b`),
	"drivers":               regexp.MustCompile(`\b(causes?|factors|drivers? of migration|reason for vulnerability|definition of vulnerability|at risk)\b|\bincreases? (their |the |migrants' )?vulnerability`),
}

// The indicators are case-sensitive, so that the capitalised names of
// ministries, offices and titles ("Human Rights", "Consular Affairs") are not
// taken for the theme; a word that starts a sentence is given both cases.

// themeExceptions are the paragraphs that contain an indicator of a theme
// but, by the theme's rule, do not carry it: theme -> paragraph -> why.
var themeExceptions = map[model.ThemeID]map[model.ParagraphID]string{
	"children": {
		"practices-p3": "'child-minding services' are childcare among community services for adults, not the protection of migrant children",
	},
	"return": {
		"area-2-p9": "'timing of return' is one of the restrictions of temporary labour schemes, not return as a process",
	},
	"integration": {},
	"labour": {
		"area-1-p4": "'units of labour' is about how migrants are depicted (theme xenophobia-narrative)",
	},
	"data": {
		"area-10-p2": "'measurable indicators' names one possible form of the compact, not data on migrants",
	},
	"cooperation": {
		"panels-p2": "'migration governance' describes the speakers' field of expertise",
		"area-9-p2": "'Ministry of Foreign Affairs and Cooperation' is a speaker's ministry",
	},
	"crises": {
		"area-4-p1": "'international humanitarian law' is named among legal frameworks (theme rights)",
	},
	"local":           {},
	"diaspora-voices": {},
	"implementation": {
		"area-4-p3":     "'should be implemented both before … and after' is when a policy applies, not a gap in implementing commitments",
		"practices-p11": "'has implemented programmes' describes a good practice, not the implementation of commitments",
	},
	"xenophobia-narrative": {},
	"drivers":              {},
}

func TestThemeIndicators(t *testing.T) {
	r := realReport(t)
	known := map[model.ThemeID]bool{}
	for _, th := range r.Themes {
		known[th.ID] = true
		if themeIndicators[th.ID] == nil {
			t.Errorf("theme %s has no indicators: add them with its coding rule", th.ID)
		}
	}
	ids := map[model.ParagraphID]bool{}
	for _, p := range r.Paragraphs {
		ids[p.ID] = true
	}
	for th, except := range themeExceptions {
		if !known[th] {
			t.Errorf("exceptions for unknown theme %q", th)
		}
		for id, why := range except {
			if !ids[id] || why == "" {
				t.Errorf("exception %s/%s: unknown paragraph or no reason", th, id)
			}
		}
	}
	for th, re := range themeIndicators {
		if !known[th] {
			t.Errorf("indicators for unknown theme %q", th)
			continue
		}
		for _, p := range r.Paragraphs {
			m := re.FindString(p.Text)
			has := slices.Contains(p.Themes, th)
			_, excepted := themeExceptions[th][p.ID]
			switch {
			case m != "" && !has && !excepted:
				t.Errorf("%s says %q but lacks theme %s (or list it in themeExceptions with the rule's reason)", p.ID, m, th)
			case excepted && (m == "" || has):
				t.Errorf("%s is an exception for %s but has no indicator or has the theme: remove the exception", p.ID, th)
			}
		}
	}
}
