package document

import (
	"idmreport/app/model"
	"idmreport/app/state"
)

// objectiveData is one GCM objective of the overview and the paragraphs of
// the report that speak to it.
type objectiveData struct {
	model.Objective
	Paragraphs []gcmPara
}

// gcmPara is a paragraph linked to an objective, and why.
type gcmPara struct {
	ID     model.ParagraphID
	Reason string
}

// newObjectives lists the 23 objectives with their linked paragraphs, in
// document order (the order of Report.ObjectiveLinks).
func newObjectives(r *model.Report) []objectiveData {
	out := make([]objectiveData, len(r.Objectives))
	at := map[model.ObjectiveNumber]int{}
	for i, o := range r.Objectives {
		out[i].Objective = o
		at[o.Number] = i
	}
	for _, l := range r.ObjectiveLinks {
		if i, ok := at[l.Objective]; ok {
			out[i].Paragraphs = append(out[i].Paragraphs, gcmPara{l.Paragraph, l.Reason})
		}
	}
	return out
}

// gcmRefs lists the objectives paragraph id speaks to, with the reasons.
func gcmRefs(ix *state.Index, id model.ParagraphID) []gcmRef {
	var out []gcmRef
	for _, l := range ix.Report.ObjectiveLinks {
		if l.Paragraph != id {
			continue
		}
		title := ""
		if o := ix.Objective(l.Objective); o != nil {
			title = o.Title
		}
		out = append(out, gcmRef{l.Objective, title, l.Reason})
	}
	return out
}
