package geo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/paulmach/orb"
)

// topology is the part of a TopoJSON document the decoder reads.
type topology struct {
	Type      string                     `json:"type"`
	Objects   map[string]json.RawMessage `json:"objects"`
	Arcs      [][][]float64              `json:"arcs"`
	Transform *struct {
		Scale     []float64 `json:"scale"`
		Translate []float64 `json:"translate"`
	} `json:"transform"`
}

// topoGeometry is one TopoJSON geometry object.
type topoGeometry struct {
	Type       json.RawMessage `json:"type"`
	Arcs       json.RawMessage `json:"arcs"`
	ID         json.RawMessage `json:"id"`
	Properties json.RawMessage `json:"properties"`
	Geometries []topoGeometry  `json:"geometries"`
}

// DecodeTopoJSON decodes the named object of a TopoJSON topology into
// countries, in the order the object lists them. The object must be a
// GeometryCollection of Polygon and MultiPolygon geometries (a lone Polygon or
// MultiPolygon object gives one country; geometries with a null type give a
// country without polygons).
//
// Arcs are delta-decoded and de-quantized with the topology's transform when
// it has one; a negative arc index ~i uses arc i reversed. Each country's
// Numeric is its "id" (a JSON number is written with at least three digits,
// "4" → "004"; a missing id gives ""), and Name is properties.name.
//
// Coordinates stay longitude/latitude in degrees, with one change: rings that
// cross the antimeridian, which world-atlas leaves whole because d3 clips on
// the sphere, are cut at ±180° into separate polygons, and a ring that circles
// a pole (Antarctica) is closed along ±180° and the pole's parallel. Every
// ring is therefore an ordinary planar ring in lon/lat.
//
// Malformed input (bad JSON, a missing object, an arc index out of range,
// an open ring, an unsupported geometry type) gives an error, never a panic.
func DecodeTopoJSON(data []byte, object string) ([]Country, error) {
	var topo topology
	if err := json.Unmarshal(data, &topo); err != nil {
		return nil, fmt.Errorf("geo: topojson: %w", err)
	}
	if topo.Type != "Topology" {
		return nil, fmt.Errorf("geo: topojson: type is %q, want \"Topology\"", topo.Type)
	}
	raw, ok := topo.Objects[object]
	if !ok {
		return nil, fmt.Errorf("geo: topojson: no object %q", object)
	}
	var obj topoGeometry
	if err := json.Unmarshal(raw, &obj); err != nil {
		return nil, fmt.Errorf("geo: topojson: object %q: %w", object, err)
	}
	arcs, err := decodeArcs(topo)
	if err != nil {
		return nil, err
	}
	geoms := []topoGeometry{obj}
	if typ, _, _ := geometryType(obj.Type); typ == "GeometryCollection" {
		geoms = obj.Geometries
	}
	countries := make([]Country, 0, len(geoms))
	for i, g := range geoms {
		c, err := decodeCountry(g, arcs)
		if err != nil {
			return nil, fmt.Errorf("geo: topojson: object %q, geometry %d: %w", object, i, err)
		}
		countries = append(countries, c)
	}
	return countries, nil
}

// decodeArcs turns the topology's arcs into absolute lon/lat line strings.
func decodeArcs(topo topology) ([]orb.LineString, error) {
	scale, translate := [2]float64{1, 1}, [2]float64{0, 0}
	quantized := topo.Transform != nil
	if quantized {
		t := topo.Transform
		if len(t.Scale) != 2 || len(t.Translate) != 2 {
			return nil, errors.New("geo: topojson: transform needs two scale and two translate values")
		}
		scale = [2]float64{t.Scale[0], t.Scale[1]}
		translate = [2]float64{t.Translate[0], t.Translate[1]}
	}
	arcs := make([]orb.LineString, len(topo.Arcs))
	for i, arc := range topo.Arcs {
		if len(arc) < 2 {
			return nil, fmt.Errorf("geo: topojson: arc %d has %d positions, want at least 2", i, len(arc))
		}
		ls := make(orb.LineString, len(arc))
		var x, y float64
		for j, pos := range arc {
			if len(pos) < 2 {
				return nil, fmt.Errorf("geo: topojson: arc %d position %d has %d values, want 2", i, j, len(pos))
			}
			if quantized {
				x, y = x+pos[0], y+pos[1]
				ls[j] = orb.Point{x*scale[0] + translate[0], y*scale[1] + translate[1]}
			} else {
				ls[j] = orb.Point{pos[0], pos[1]}
			}
		}
		arcs[i] = ls
	}
	return arcs, nil
}

// decodeCountry decodes one Polygon or MultiPolygon geometry with its id and name.
func decodeCountry(g topoGeometry, arcs []orb.LineString) (Country, error) {
	var c Country
	var err error
	if c.Numeric, err = decodeID(g.ID); err != nil {
		return c, err
	}
	if c.Name, err = decodeName(g.Properties); err != nil {
		return c, err
	}
	typ, null, err := geometryType(g.Type)
	if err != nil {
		return c, err
	}
	if null {
		return c, nil // "type": null is a feature without geometry
	}
	var polys [][][]int
	switch typ {
	case "Polygon":
		var rings [][]int
		if err := json.Unmarshal(g.Arcs, &rings); err != nil {
			return c, fmt.Errorf("polygon arcs: %w", err)
		}
		polys = [][][]int{rings}
	case "MultiPolygon":
		if err := json.Unmarshal(g.Arcs, &polys); err != nil {
			return c, fmt.Errorf("multipolygon arcs: %w", err)
		}
	default:
		return c, fmt.Errorf("unsupported geometry type %q", typ)
	}
	for pi, rings := range polys {
		if len(rings) == 0 {
			return c, fmt.Errorf("polygon %d has no rings", pi)
		}
		poly := make(orb.Polygon, 0, len(rings))
		for ri, idx := range rings {
			r, err := buildRing(idx, arcs)
			if err != nil {
				return c, fmt.Errorf("polygon %d ring %d: %w", pi, ri, err)
			}
			poly = append(poly, r)
		}
		c.Polygons = append(c.Polygons, splitAntimeridian(poly)...)
	}
	return c, nil
}

// buildRing joins arcs into a closed ring the way topojson-client does: each
// arc after the first drops its first point, which repeats the previous end.
func buildRing(indexes []int, arcs []orb.LineString) (orb.Ring, error) {
	if len(indexes) == 0 {
		return nil, errors.New("ring has no arcs")
	}
	var r orb.Ring
	for _, i := range indexes {
		k, reverse := i, false
		if i < 0 {
			k, reverse = ^i, true
		}
		if k >= len(arcs) {
			return nil, fmt.Errorf("arc index %d out of range (%d arcs)", i, len(arcs))
		}
		if len(r) > 0 {
			r = r[:len(r)-1]
		}
		arc := arcs[k]
		for j := range arc {
			if reverse {
				r = append(r, arc[len(arc)-1-j])
			} else {
				r = append(r, arc[j])
			}
		}
	}
	if r[0] != r[len(r)-1] {
		return nil, fmt.Errorf("ring is not closed: starts at %v, ends at %v", r[0], r[len(r)-1])
	}
	for len(r) < 4 { // degenerate ring; topojson-client pads it the same way
		r = append(r, r[0])
	}
	return r, nil
}

// geometryType reads a geometry's "type", which is a string or null.
func geometryType(raw json.RawMessage) (typ string, null bool, err error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false, errors.New("geometry has no type")
	}
	if string(raw) == "null" {
		return "", true, nil
	}
	if err := json.Unmarshal(raw, &typ); err != nil {
		return "", false, fmt.Errorf("geometry type %s is not a string", raw)
	}
	return typ, false, nil
}

// decodeID reads a geometry id given as a string or a number.
func decodeID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", fmt.Errorf("id %s is neither a string nor a number", raw)
	}
	if v, err := strconv.ParseInt(n.String(), 10, 64); err == nil && v >= 0 {
		return fmt.Sprintf("%03d", v), nil
	}
	return n.String(), nil
}

// decodeName reads properties.name, tolerating missing or null properties.
func decodeName(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var p struct {
		Name *string `json:"name"`
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return "", fmt.Errorf("properties: %w", err)
	}
	if p.Name == nil {
		return "", nil
	}
	return *p.Name, nil
}
