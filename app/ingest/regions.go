package ingest

import (
	"fmt"
	"slices"

	"idmreport/app/model"
)

// loadRegions reads m49.csv (UN M49: each state's region) and sets the
// Region of every state, and of a place that is part of a state (a
// government agency). Each row's ISO alpha-3 and M49 country codes must be
// those of iso_3166-1.json, its region one of model.Regions, and every state
// of places.csv needs a row.
func (b *builder) loadRegions(*Source) error {
	iso, err := readISO(b.fsys)
	if err != nil {
		return err
	}
	t, err := readTable(b.fsys, RegionsFile, "alpha_2", "alpha_3", "m49", "region_code", "region_name", "country")
	if err != nil {
		return err
	}
	region := map[string]string{}
	for _, r := range t.rows {
		a2, code := r.get("alpha_2"), r.get("region_code")
		c, ok := iso[a2]
		switch {
		case !ok:
			b.fail(r.errorf("unknown ISO 3166-1 code %q", a2))
		case c.Alpha3 != r.get("alpha_3") || c.Numeric != r.get("m49"):
			b.fail(r.errorf("%s is %s %s in ISO 3166-1, not %s %s", a2, c.Alpha3, c.Numeric, r.get("alpha_3"), r.get("m49")))
		case region[a2] != "":
			b.fail(r.errorf("%s has two rows", a2))
		case !slices.ContainsFunc(model.Regions, func(g model.Region) bool { return g.Code == code }):
			b.fail(r.errorf("%s: %q is not a UN M49 region code (want one of model.Regions)", a2, code))
		default:
			region[a2] = code
		}
	}
	for i := range b.r.Places {
		p := &b.r.Places[i]
		if p.Kind != model.KindState {
			continue
		}
		if p.Region = region[p.ISO]; p.Region == "" {
			b.fail(fmt.Errorf("%s:1: state %s (%s) has no row", RegionsFile, p.ID, p.ISO))
		}
	}
	for i := range b.r.Places {
		if p := &b.r.Places[i]; p.PartOf != "" && b.places[p.PartOf] != nil {
			p.Region = b.places[p.PartOf].Region
		}
	}
	return nil
}
