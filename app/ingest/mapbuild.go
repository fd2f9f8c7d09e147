package ingest

import (
	"fmt"
	"io/fs"
	"math"
	"strings"

	"idmreport/app/geo"
	"idmreport/app/model"
)

// Map settings: the SVG viewBox width and the simplification tolerance in
// viewBox units.
const (
	mapWidth     = 1000
	mapTolerance = 0.75
	pointBasis   = "centroid of the largest polygon in Natural Earth 1:110m countries (world-atlas 2.0.2), or where that falls outside it the midpoint of the widest interior segment on its middle parallel"
)

// buildMap decodes the Natural Earth countries, projects them (Equal Earth)
// into SVG paths, and gives every place its representative point on the map.
func (b *builder) buildMap(*Source) error {
	raw, err := fs.ReadFile(b.fsys, MapFile)
	if err != nil {
		return err
	}
	countries, err := geo.DecodeTopoJSON(raw, "countries")
	if err != nil {
		return fmt.Errorf("%s: %w", MapFile, err)
	}
	iso, err := readISO(b.fsys)
	if err != nil {
		return err
	}
	byNumeric := map[string]*model.Place{}
	for i := range b.r.Places {
		if p := &b.r.Places[i]; p.Kind == model.KindState {
			byNumeric[iso[p.ISO].Numeric] = p
		}
	}
	proj := geo.NewProjector(mapWidth)
	m := &b.r.Map
	m.Width, m.Height = mapWidth, round1(proj.Height())
	m.Source = "Natural Earth 1:110m countries (public domain) from world-atlas 2.0.2, Equal Earth projection"
	var land strings.Builder
	for _, c := range countries {
		d := geo.PathD(proj, c.Polygons, mapTolerance)
		p := byNumeric[c.Numeric]
		if p == nil {
			land.WriteString(d)
			continue
		}
		m.Shapes = append(m.Shapes, model.Shape{Place: p.ID, Path: d})
		p.OnMap = true
		if p.Basis == "" {
			p.Lon, p.Lat = geo.RepresentativePoint(c.Polygons)
			p.Lon, p.Lat = round4(p.Lon), round4(p.Lat)
			p.Basis = pointBasis
		}
	}
	m.Land = land.String()
	for i := range b.r.Places {
		p := &b.r.Places[i]
		if p.Basis == "" {
			b.fail(fmt.Errorf("%s: state %q is not on the 1:110m map: give its lat, lon and basis", PlacesFile, p.ID))
			continue
		}
		x, y := proj.Project(p.Lon, p.Lat)
		p.X, p.Y = round1(x), round1(y)
	}
	return nil
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }
