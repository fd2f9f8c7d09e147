package ui

import (
	"fmt"
	"testing"

	"idmreport/app/model"
	"idmreport/data"
)

func TestDump(t *testing.T) {
	r, err := model.Decode(data.Report)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(r.Map.Width, r.Map.Height, len(r.Map.Land), len(r.Map.Shapes), r.Map.Source)
	tot := 0
	for _, s := range r.Map.Shapes {
		tot += len(s.D)
	}
	fmt.Println("shapes bytes", tot, r.Map.Land[:200])
	for _, p := range r.Places {
		fmt.Printf("%s %s %q X=%.1f Y=%.1f on=%v s=%d m=%d p=%d part=%s\n", p.ID, p.Kind, p.Name, p.X, p.Y, p.OnMap, len(p.Speakers), len(p.Mentions), len(p.Practices), p.PartOf)
	}
	for _, s := range r.Speakers {
		if s.Represents == "" {
			fmt.Printf("unplaced %s | %s | %s\n", s.Name, s.Organisation, s.Kind)
		}
	}
	for _, s := range r.Map.Shapes[:3] {
		fmt.Println(s.Place, s.D[:100])
	}
}
