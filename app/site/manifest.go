package site

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// manifestIcon is one icon of the web app manifest.
type manifestIcon struct {
	Src     string `json:"src"`
	Type    string `json:"type"`
	Sizes   string `json:"sizes"`
	Purpose string `json:"purpose,omitempty"`
}

// Manifest writes the web app manifest. Its URLs are relative to the
// manifest, so start_url and scope follow wherever the site is hosted; it
// adds the maskable icon go-app's manifest has no field for.
func Manifest(h *app.Handler) ([]byte, error) {
	m := struct {
		Name            string         `json:"name"`
		ShortName       string         `json:"short_name"`
		Description     string         `json:"description"`
		StartURL        string         `json:"start_url"`
		Scope           string         `json:"scope"`
		Display         string         `json:"display"`
		BackgroundColor string         `json:"background_color"`
		ThemeColor      string         `json:"theme_color"`
		Lang            string         `json:"lang"`
		Icons           []manifestIcon `json:"icons"`
	}{
		Name: h.Name, ShortName: h.ShortName, Description: h.Description,
		StartURL: "./", Scope: "./", Display: "standalone",
		BackgroundColor: h.BackgroundColor, ThemeColor: h.ThemeColor, Lang: h.Lang,
		Icons: []manifestIcon{
			{Src: "web/icon.svg", Type: "image/svg+xml", Sizes: "any"},
			{Src: "web/icon-192.png", Type: "image/png", Sizes: "192x192"},
			{Src: "web/icon-512.png", Type: "image/png", Sizes: "512x512"},
			{Src: "web/icon-maskable.png", Type: "image/png", Sizes: "512x512", Purpose: "maskable"},
		},
	}
	return json.MarshalIndent(m, "", "  ")
}
