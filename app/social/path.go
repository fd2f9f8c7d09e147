package social

import (
	"fmt"
	"math"
	"strconv"
)

// A ring is one closed outline, in map units.
type ring [][2]float64

// parsePath reads the SVG path data app/geo writes (M, L, H, V, Z and their
// relative forms, with implicit repeats: "M12.3,45.6l1.2-.3,4,5z") into
// rings. Curves are not part of that grammar and are an error.
func parsePath(d string) ([]ring, error) {
	var (
		out     []ring
		cur     ring
		x, y    float64
		sx, sy  float64
		cmd     byte
		i       int
		numbers []float64
	)
	flush := func() {
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = nil
	}
	number := func() (float64, bool) {
		for i < len(d) && (d[i] == ' ' || d[i] == ',' || d[i] == '\n' || d[i] == '\t' || d[i] == '\r') {
			i++
		}
		start := i
		if i < len(d) && (d[i] == '-' || d[i] == '+') {
			i++
		}
		dot := false
		for i < len(d) && (d[i] >= '0' && d[i] <= '9' || d[i] == '.' && !dot) {
			if d[i] == '.' {
				dot = true
			}
			i++
		}
		if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
			j := i + 1
			if j < len(d) && (d[j] == '-' || d[j] == '+') {
				j++
			}
			if j < len(d) && d[j] >= '0' && d[j] <= '9' {
				i = j
				for i < len(d) && d[i] >= '0' && d[i] <= '9' {
					i++
				}
			}
		}
		if start == i {
			return 0, false
		}
		v, err := strconv.ParseFloat(d[start:i], 64)
		return v, err == nil && !math.IsInf(v, 0) && !math.IsNaN(v)
	}
	for {
		for i < len(d) && (d[i] == ' ' || d[i] == ',' || d[i] == '\n' || d[i] == '\t' || d[i] == '\r') {
			i++
		}
		if i >= len(d) {
			break
		}
		c := d[i]
		switch c {
		case 'M', 'm', 'L', 'l', 'H', 'h', 'V', 'v':
			cmd = c
			i++
		case 'Z', 'z':
			flush()
			x, y = sx, sy
			cmd = 0
			i++
			continue
		default:
			if cmd == 0 {
				return nil, fmt.Errorf("social: path command %q at %d not supported", c, i)
			}
		}
		arity := 2
		if cmd == 'H' || cmd == 'h' || cmd == 'V' || cmd == 'v' {
			arity = 1
		}
		numbers = numbers[:0]
		for range arity {
			v, ok := number()
			if !ok {
				return nil, fmt.Errorf("social: path number expected at %d", i)
			}
			numbers = append(numbers, v)
		}
		if len(cur) == 0 && cmd != 'M' && cmd != 'm' {
			cur = append(cur, [2]float64{x, y}) // a line after "z" starts at the closed ring's start
		}
		rel := cmd >= 'a'
		if rel {
			switch cmd {
			case 'm', 'l':
				x, y = x+numbers[0], y+numbers[1]
			case 'h':
				x += numbers[0]
			case 'v':
				y += numbers[0]
			}
		} else {
			switch cmd {
			case 'M', 'L':
				x, y = numbers[0], numbers[1]
			case 'H':
				x = numbers[0]
			case 'V':
				y = numbers[0]
			}
		}
		if cmd == 'M' || cmd == 'm' {
			flush()
			sx, sy = x, y
			// Further pairs after a moveto are linetos.
			if cmd == 'M' {
				cmd = 'L'
			} else {
				cmd = 'l'
			}
		}
		cur = append(cur, [2]float64{x, y})
	}
	flush()
	return out, nil
}
