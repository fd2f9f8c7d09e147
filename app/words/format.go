package words

import "strconv"

// Plural writes a counted noun: "1 speaker", "3 speakers". In French 0 and 1
// take the singular ("0 intervenant").
func (w *Words) Plural(n int, noun Noun) string {
	if n == 1 || (n == 0 && w.Lang == "fr") {
		return w.Num(n) + " " + noun.One
	}
	return w.Num(n) + " " + noun.Many
}

// Num writes an integer with the language's thousands separator; Spanish
// groups only from five digits (1234, 12 345 → 12.345).
func (w *Words) Num(n int) string {
	s := strconv.Itoa(n)
	neg := ""
	if n < 0 {
		neg, s = "-", s[1:]
	}
	if len(s) <= 3 || (w.Lang == "es" && len(s) == 4) {
		return neg + s
	}
	out := s[:len(s)%3]
	for i := len(s) % 3; i < len(s); i += 3 {
		if out != "" {
			out += w.ThousandS
		}
		out += s[i : i+3]
	}
	return neg + out
}

// Date writes an ISO date of the data ("2017", "2017-12", "2017-12-04") in
// the language: "4 December 2017", "4 décembre 2017", "4 de diciembre de 2017".
func (w *Words) Date(iso string) string {
	if len(iso) < 7 {
		return iso
	}
	m, err := strconv.Atoi(iso[5:7])
	if err != nil || m < 1 || m > 12 {
		return iso
	}
	of := " "
	if w.Lang == "es" {
		of = " de "
	}
	s := w.Months[m-1] + of + iso[:4]
	if len(iso) >= 10 {
		d, err := strconv.Atoi(iso[8:10])
		if err != nil {
			return iso
		}
		day := strconv.Itoa(d)
		if d == 1 && w.Lang == "fr" {
			day = "1er"
		}
		s = day + of + s
	}
	return s
}
