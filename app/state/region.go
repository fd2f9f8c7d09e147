package state

import (
	"slices"

	"idmreport/app/model"
)

// parseRegion is the region id s when it is one of model.Regions, else ""
// (the whole world): a bad value opens the default view.
func parseRegion(s string) string {
	if slices.ContainsFunc(model.Regions, func(g model.Region) bool { return g.ID == s }) {
		return s
	}
	return ""
}

// RegionCode is the M49 code of region id, "" when id is no region.
func RegionCode(id string) string {
	for _, g := range model.Regions {
		if g.ID == id {
			return g.Code
		}
	}
	return ""
}

// InRegion reports whether place p is in the view's region; every place is
// when no region is chosen, and an organisation (no region) is in none.
func (v View) InRegion(p *model.Place) bool {
	return v.Region == "" || p.Region != "" && p.Region == RegionCode(v.Region)
}

// SelectRegion returns the view narrowed to region id ("" or an unknown id:
// the whole world). The region narrows the map and the places table, not the
// text, so the other filters stay.
func (v View) SelectRegion(id string) View {
	v.Region = parseRegion(id)
	return v
}
