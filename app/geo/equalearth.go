package geo

import "math"

// Coefficients of the Equal Earth projection (Šavrič, Patterson & Jenny 2018),
// the same constants d3-geo's geoEqualEarthRaw uses.
const (
	eeA1 = 1.340264
	eeA2 = -0.081106
	eeA3 = 0.000893
	eeA4 = 0.003796
)

// eeM is sqrt(3)/2, the parametric latitude factor of Equal Earth.
var eeM = math.Sqrt(3) / 2

// EqualEarth projects a longitude and latitude in degrees with the unit-scale
// Equal Earth projection (Šavrič, Patterson & Jenny 2018), exactly as d3-geo's
// geoEqualEarthRaw does after converting degrees to radians. The result is in
// the projection's own units (radius 1): x grows eastward and y grows
// northward (y up). The world spans about ±2.7066 in x and ±1.3173 in y.
//
// d3's geoEqualEarth() (scale 177.158, translate [480, 250]) puts a point on
// screen at (480 + 177.158*x, 250 - 177.158*y).
func EqualEarth(lon, lat float64) (x, y float64) {
	lambda := lon * math.Pi / 180
	phi := lat * math.Pi / 180
	l := math.Asin(eeM * math.Sin(phi))
	l2 := l * l
	l6 := l2 * l2 * l2
	x = lambda * math.Cos(l) / (eeM * (eeA1 + 3*eeA2*l2 + l6*(7*eeA3+9*eeA4*l2)))
	y = l * (eeA1 + eeA2*l2 + l6*(eeA3+eeA4*l2))
	return x, y
}

// Projector maps longitude and latitude in degrees to SVG user units: the
// whole Equal Earth world (longitude -180..180, latitude -90..90) fills a
// viewBox "0 0 width Height()" exactly, with y growing downward.
// The zero Projector is not usable; build one with NewProjector.
type Projector struct {
	width, height float64
	scale         float64 // SVG units per Equal Earth unit
	halfW, halfH  float64 // Equal Earth half-extents: x at (180, 0), y at (0, 90)
}

// NewProjector returns a Projector that fits the whole Equal Earth world into
// a viewBox of the given width (which must be positive). The height follows
// from the projection's aspect ratio, about 0.4867 × width.
func NewProjector(width float64) Projector {
	halfW, _ := EqualEarth(180, 0)
	_, halfH := EqualEarth(0, 90)
	scale := width / (2 * halfW)
	return Projector{
		width:  width,
		height: 2 * halfH * scale,
		scale:  scale,
		halfW:  halfW,
		halfH:  halfH,
	}
}

// Project returns the SVG coordinates of a longitude and latitude in degrees:
// (0, 0) is the top-left corner of the viewBox, the equator runs at
// Height()/2 and the prime meridian at width/2.
func (p Projector) Project(lon, lat float64) (x, y float64) {
	ex, ey := EqualEarth(lon, lat)
	return (ex + p.halfW) * p.scale, (p.halfH - ey) * p.scale
}

// Height returns the viewBox height that holds the whole world at the
// Projector's width.
func (p Projector) Height() float64 {
	return p.height
}
