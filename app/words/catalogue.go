package words

// Words is one language's catalogue. Patterns hold {1}, {2}… for Sub.
// Every field must have a value in every language (Check).
type Words struct {
	Lang      string // BCP 47 tag of the <html lang>: "en"
	Name      string // the language's own name, for the switcher: "English"
	Switcher  string // the switcher's accessible name
	ThousandS string // thousands separator ("," in English)
	Months    [12]string

	// The page.
	PageTitle       string // {1} the report's title, {2} its kind
	PageDescription string // {1} the report's subtitle
	ReportInEnglish string // under the masthead of the French and Spanish pages
	Skip            string
	Contents        string
	Figures         string // accessible name of the masthead's key figures
	GoodPractices   string
	PracticesNote   string
	SpeakersAndMap  string
	Timeline        string
	TimelineTitle   string
	Related         string
	RelatedSummary  string // {1} "37 titles"
	ThemesOf        string // {1} the theme labels
	InReport        string // {1} a paragraph id
	ParaLink        string // {1} a paragraph id
	ParaCopy        string // {1} a paragraph id
	ParaCopied      string // {1} a paragraph id
	ParaInBar       string // {1} a paragraph id
	Copied          string
	InBar           string
	About           string
	Cite            string
	OpenData        string
	WholeDataset    string
	ThisView        string
	SourceOfRecord  string // {1} the link to IOM's page

	// The result bar's chips.
	ActiveFilters   string
	NoMatch         string
	RemoveFilter    string // {1} the filter
	FilterSearch    string // {1} the search text
	FilterObjective string // {1} an objective's number

	// A paragraph's menu: link, copy, quote and cite, share.
	ParaMenu      string // {1} a paragraph id
	ParaLinkHere  string
	ParaNamed     string // before the speakers and states a paragraph names
	CopyQuote     string
	ShareQuote    string
	QuoteField    string // {1} a paragraph id
	QuoteCopied   string
	QuoteSelected string
	SourcePage    string // the link's text
	CiteFilesNote string
	GCMData       string // the cross-reference download's label

	// Reading aids: back to the top, and the colour scheme toggle.
	BackToTop    string
	Scheme       string // the toggle's group label
	SchemeLight  string
	SchemeDark   string
	SchemeSystem string

	// The Global Compact cross-reference (editorial).
	GCMToc        string
	GCMFilter     string
	GCMFilterNote string
	GCMParaLabel  string
	GCMTitle      string
	GCMNote       string
	GCMNone       string
	GCMCount      string // {1} "3 paragraphs"

	// Speakers, the map and its table.
	Speakers       string
	MapLabel       string
	MapCaptionLead string
	MapCaption     string
	LegendTitle    string
	LegendDim      string
	Heard          [4]string // the map's four shading classes
	NotNamed       string
	StateCircles   string // {1} the scale, e.g. "1 to 3 speakers"
	ScaleTwo       string
	ScaleMany      string // {1} the largest number
	OrgCircles     string
	TooSmall       string
	UnplacedLead   string
	UnplacedWho    string
	TableCaption   string
	ColPlace       string
	ColKind        string
	ColSpeakers    string
	ColMentions    string
	ColPractices   string
	ColShown       string
	ColOnMap       string
	ColWhy         string
	OnMapShaded    string // {1} the shading class, lower case
	OnMapSquare    string
	OnMapCircle    string
	Represents     string // {1} a state or organisation
	CitedIn        string
	SpeakerKinds   SpeakerKinds
	PlaceKinds     PlaceKinds
	Reasons        Reasons

	// Counted nouns.
	Paragraph, Speaker, Mention, Practice, State, Title Noun

	// Sentences about the view.
	StatusAll        string // {1} the number of paragraphs
	StatusSome       string // {1} shown, {2} "86 paragraphs", {3} practices, {4} speakers, {5} For
	For              string // {1} the selected place or speaker
	PlaceLabel       string // {1} name, {2} speakers, {3} mentions, {4} practices
	PlaceDim         string
	ShowOnly         string // {1} a speaker
	ShowEveryone     string // {1} a speaker
	ClearSelection   string
	ClearSelectionOf string // {1} a place
	SectionShown     string // {1} shown, {2} total, {3} "5 paragraphs"
	TocShown         string // {1} shown, {2} total
	WhyNone          string
	WhyIn            string // {1} "3 paragraphs"

	// The islands.
	FilterLabel       string
	FilterFold        string // the summary that opens the filters on a phone
	SearchLabel       string
	SearchPlaceholder string
	ThemesLegend      string
	ClearAll          string
	ZoomGroup         string
	ZoomIn            string
	ZoomOut           string
	ZoomReset         string
	ZoomLevel         string // {1} the zoom factor
	RegionGroup       string // the map's region buttons (UN M49 regions)
	RegionWorld       string // the button back to the whole world
	RegionNames       RegionNames
	MapHint           string
	ShownNow          string // {1} "3 paragraphs"
	SelectHint        string
	SelectedHint      string
	EscapeHint        string
	SpeakersList      string // {1} names
	UpdateAvailable   string
	Reload            string
	Install           string
	ShareOpen         string
	ShareTitle        string
	ShareLink         string
	CopyLink          string
	LinkCopied        string
	CopyRefused       string
	CopyManual        string
	EmbedIframe       string
	EmbedScript       string
	Close             string
	EmbedTitle        string // the embedded iframe's title

	// The loader (app/site/loader.go, read by app.js).
	LoaderLabel string
	Loading     string
	LoadFailed  string // {1} the reason
	TryAgain    string
	Why404      string
	WhyHTTP     string // {1} the HTTP status
	WhyStopped  string
	WhyDamaged  string
	WhyMismatch string
	WhyCrashed  string
	WhyScript   string
	WhyNetwork  string
	WhyUnknown  string

	// Themes by theme id (data/themes.csv); English takes the data's own.
	Themes map[string]Theme
}

// SpeakerKinds name the directory's groups (model.SpeakerKinds).
type SpeakerKinds struct {
	State, LocalGovt, International, CivilSociety, PrivateSector, Academia, Media string
}

// PlaceKinds name the kinds of places (model.Kind*).
type PlaceKinds struct {
	State, International, Regional, GovernmentBody, Other string
	HQ                                                    string // {1} the kind, {2} a city
}

// RegionNames name the UN M49 regions (model.Regions), as M49 does in
// each language.
type RegionNames struct{ Africa, Americas, Asia, Europe, Oceania string }

// Reasons name why a place is linked to a paragraph (model.Link*): in the
// place table (Table…) and counted in the map info (the nouns).
type Reasons struct {
	TableSpeaker, TablePractice, TableCredit, TableMention string
	Speaker, Practice, Credit, Mention                     Noun
}
