// Package social draws the report's social preview: a 1200×630 PNG with the
// title, the dates and place, and the world map with the states of the
// report shaded as on the page. The build writes it to web/social.png; the
// page's og:image and twitter:image point to it. It draws with
// golang.org/x/image (vector for the map, the Go fonts for the text): no
// browser and no network at build time, and the same data gives the same
// bytes.
package social

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"idmreport/app/mapmarks"
	"idmreport/app/model"
	"idmreport/app/words"
)

// The image's size, the one og:image:width and og:image:height announce.
const (
	Width  = 1200
	Height = 630
)

// Colours, from web/style.css.
var (
	brand  = color.RGBA{0x0b, 0x3d, 0x6e, 0xff}
	ink    = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	muted  = color.RGBA{0x4a, 0x4f, 0x57, 0xff}
	paper  = color.RGBA{0xff, 0xff, 0xff, 0xff}
	sea    = color.RGBA{0xf3, 0xf7, 0xfa, 0xff}
	land   = color.RGBA{0xd9, 0xd9, 0xd9, 0xff}
	edge   = color.RGBA{0x3b, 0x4a, 0x5a, 0xff}
	heard  = [4]color.RGBA{{0xc6, 0xdb, 0xef, 0xff}, {0x6b, 0xae, 0xd6, 0xff}, {0x2b, 0x7b, 0xba, 0xff}, {0x08, 0x30, 0x6b, 0xff}}
	onDark = color.RGBA{0xdc, 0xe8, 0xf4, 0xff}
)

// Alt is the image's text alternative (og:image:alt, twitter:image:alt).
func Alt(r *model.Report) string {
	d := &r.Document
	return fmt.Sprintf("%s — %s. %s, %s, %s. World map with the %d states heard at the workshop shaded.",
		d.Title, d.Kind, d.Dates, d.Venue, d.City, len(r.Map.Shapes))
}

// PNG draws the preview and encodes it.
func PNG(r *model.Report) ([]byte, error) {
	img, err := Draw(r)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Draw draws the preview.
func Draw(r *model.Report) (*image.RGBA, error) {
	img := image.NewRGBA(image.Rect(0, 0, Width, Height))
	draw.Draw(img, img.Bounds(), image.NewUniform(paper), image.Point{}, draw.Src)
	fonts, err := loadFonts()
	if err != nil {
		return nil, err
	}
	d := &r.Document

	// The band: kicker and title on the brand colour.
	const margin = 56
	band := image.Rect(0, 0, Width, 168)
	draw.Draw(img, band, image.NewUniform(brand), image.Point{}, draw.Src)
	y := 64
	text(img, fonts.face(24, false), onDark, margin, y, strings.ToUpper(d.Organiser+" · "+d.Kind))
	y += 60
	y = wrapped(img, fonts.face(46, true), paper, margin, y, Width-2*margin, 54, d.Title, 1)

	// Below: the workshop's theme, then the dates and the place.
	y = 168 + 52
	y = wrapped(img, fonts.face(30, true), brand, margin, y, Width-2*margin, 38, d.Subtitle, 3)
	y += 4
	text(img, fonts.face(24, false), ink, margin, y, d.Dates+" · "+d.Venue+", "+d.City)

	// The map, bottom right, and its key, bottom left.
	top := y + 12
	box := image.Rect(Width-margin-int(float64(Height-24-top)*r.Map.Width/r.Map.Height), top, Width-margin, Height-24)
	if err := drawMap(img, r, box); err != nil {
		return nil, err
	}
	ky := top + 40
	small := fonts.face(20, false)
	ky = wrapped(img, small, muted, margin, ky, box.Min.X-margin-24, 26, fmt.Sprintf("%d states heard at the workshop, shaded by how often: speakers, mentions and good practices.", len(r.Map.Shapes)), 4)
	ky += 8
	for c := 3; c >= 0; c-- {
		draw.Draw(img, image.Rect(margin, ky-16, margin+28, ky+2), image.NewUniform(heard[c]), image.Point{}, draw.Src)
		text(img, small, ink, margin+38, ky, words.EN.Heard[c])
		ky += 30
	}
	return img, nil
}

// drawMap draws the map's countries into box: the land, then the states of
// the report by how often they are heard, with their outlines.
func drawMap(img *image.RGBA, r *model.Report, box image.Rectangle) error {
	m := &r.Map
	if m.Width <= 0 || m.Height <= 0 {
		return fmt.Errorf("social: the map has no size")
	}
	draw.Draw(img, box, image.NewUniform(sea), image.Point{}, draw.Src)
	s := math.Min(float64(box.Dx())/m.Width, float64(box.Dy())/m.Height)
	tr := transform{s: s, dx: float64(box.Min.X), dy: float64(box.Min.Y)}

	rings, err := parsePath(m.Land)
	if err != nil {
		return err
	}
	fill(img, box, tr, rings, land)
	stroke(img, box, tr, rings, 0.8, paper)

	heardOf := map[model.PlaceID]int{}
	for i := range r.Places {
		heardOf[r.Places[i].ID] = mapmarks.HeardClass(mapmarks.Heard(&r.Places[i]))
	}
	var byClass [4][]ring
	var all []ring
	for _, sh := range m.Shapes {
		rs, err := parsePath(sh.Path)
		if err != nil {
			return fmt.Errorf("%s: %w", sh.Place, err)
		}
		c := min(max(heardOf[sh.Place], 1), 4)
		byClass[c-1] = append(byClass[c-1], rs...)
		all = append(all, rs...)
	}
	for c, rs := range byClass {
		fill(img, box, tr, rs, heard[c])
	}
	stroke(img, box, tr, all, 1, edge)
	return nil
}

// transform maps map units to pixels.
type transform struct{ s, dx, dy float64 }

func (t transform) at(p [2]float64, box image.Rectangle) (float32, float32) {
	return float32(p[0]*t.s + t.dx - float64(box.Min.X)), float32(p[1]*t.s + t.dy - float64(box.Min.Y))
}

// fill paints the rings (nonzero: holes are drawn the other way round).
func fill(img *image.RGBA, box image.Rectangle, t transform, rings []ring, c color.Color) {
	z := vector.NewRasterizer(box.Dx(), box.Dy())
	for _, rg := range rings {
		x, y := t.at(rg[0], box)
		z.MoveTo(x, y)
		for _, p := range rg[1:] {
			x, y := t.at(p, box)
			z.LineTo(x, y)
		}
		z.ClosePath()
	}
	z.Draw(img, box, image.NewUniform(c), image.Point{})
}

// stroke paints the outlines of the rings, width pixels wide: each edge is
// a thin quadrilateral, all wound the same way so overlaps do not cancel.
func stroke(img *image.RGBA, box image.Rectangle, t transform, rings []ring, width float64, c color.Color) {
	z := vector.NewRasterizer(box.Dx(), box.Dy())
	h := float32(width / 2)
	for _, rg := range rings {
		for i := range rg {
			ax, ay := t.at(rg[i], box)
			bx, by := t.at(rg[(i+1)%len(rg)], box)
			dx, dy := bx-ax, by-ay
			l := float32(math.Hypot(float64(dx), float64(dy)))
			if l == 0 {
				continue
			}
			nx, ny := -dy/l*h, dx/l*h
			// Extend by half the width so joins have no notches.
			ex, ey := dx/l*h, dy/l*h
			z.MoveTo(ax-ex+nx, ay-ey+ny)
			z.LineTo(bx+ex+nx, by+ey+ny)
			z.LineTo(bx+ex-nx, by+ey-ny)
			z.LineTo(ax-ex-nx, ay-ey-ny)
			z.ClosePath()
		}
	}
	z.Draw(img, box, image.NewUniform(c), image.Point{})
}

// fontSet holds the parsed Go fonts.
type fontSet struct{ regular, bold *opentype.Font }

func loadFonts() (*fontSet, error) {
	reg, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, err
	}
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return nil, err
	}
	return &fontSet{reg, bold}, nil
}

func (f *fontSet) face(size float64, bold bool) font.Face {
	fnt := f.regular
	if bold {
		fnt = f.bold
	}
	face, err := opentype.NewFace(fnt, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		panic(err) // only for an invalid size
	}
	return face
}

// text draws s with its baseline at y.
func text(img *image.RGBA, face font.Face, c color.Color, x, y int, s string) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: face, Dot: fixed.P(x, y)}
	d.DrawString(s)
}

// wrapped draws s in lines of at most width pixels, the first baseline at y,
// at most maxLines lines (the last one ends in "…" if s is longer), and
// returns the baseline after the last line.
func wrapped(img *image.RGBA, face font.Face, c color.Color, x, y, width, lineHeight int, s string, maxLines int) int {
	for _, line := range wrap(face, s, width, maxLines) {
		text(img, face, c, x, y, line)
		y += lineHeight
	}
	return y
}

// wrap breaks s into lines of at most width pixels at spaces.
func wrap(face font.Face, s string, width, maxLines int) []string {
	fits := func(t string) bool { return font.MeasureString(face, t).Ceil() <= width }
	var lines []string
	line := ""
	words := strings.Fields(s)
	for i, w := range words {
		try := strings.TrimSpace(line + " " + w)
		if fits(try) || line == "" {
			line = try
			continue
		}
		if len(lines) == maxLines-1 {
			rest := strings.Join(words[i:], " ")
			line = ellipsis(face, line+" "+rest, width)
			return append(lines, line)
		}
		lines = append(lines, line)
		line = w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// ellipsis shortens s at a word boundary to fit width with a final "…".
func ellipsis(face font.Face, s string, width int) string {
	words := strings.Fields(s)
	for n := len(words); n > 0; n-- {
		t := strings.Join(words[:n], " ")
		if n < len(words) {
			t = strings.TrimRight(t, ",;:") + "…"
		}
		if font.MeasureString(face, t).Ceil() <= width {
			return t
		}
	}
	return "…"
}
