package ui

import "testing"

// TestRoveStep checks where each key moves the focus in a chip group.
func TestRoveStep(t *testing.T) {
	for _, tt := range []struct {
		key     string
		i, n    int
		want    int
		comment string
	}{
		{"ArrowRight", 0, 18, 1, "next"},
		{"ArrowDown", 4, 18, 5, "down is next"},
		{"ArrowRight", 17, 18, 0, "wraps to the first"},
		{"ArrowLeft", 5, 18, 4, "previous"},
		{"ArrowUp", 0, 18, 17, "wraps to the last"},
		{"Home", 9, 18, 0, "first"},
		{"End", 2, 18, 17, "last"},
		{" ", 3, 18, -1, "Space presses, does not move"},
		{"Enter", 3, 18, -1, "Enter presses, does not move"},
		{"Tab", 3, 18, -1, "Tab leaves the group"},
		{"ArrowRight", 0, 0, -1, "an empty group"},
		{"ArrowRight", 0, 1, 0, "one chip stays"},
	} {
		if got := roveStep(tt.key, tt.i, tt.n); got != tt.want {
			t.Errorf("%s: roveStep(%q, %d, %d) = %d, want %d", tt.comment, tt.key, tt.i, tt.n, got, tt.want)
		}
	}
}

// TestTabIndex checks that one chip per group holds the tab stop.
func TestTabIndex(t *testing.T) {
	defer func(r map[string]int) { roving = r }(roving)
	roving = map[string]int{groupThemes: 2}
	for i, want := range []int{-1, -1, 0, -1} {
		if got := tabIndex(groupThemes, i); got != want {
			t.Errorf("theme chip %d: tabindex %d, want %d", i, got, want)
		}
	}
	if got := tabIndex(groupObjectives, 0); got != 0 {
		t.Errorf("first objective: tabindex %d, want 0 (the default stop)", got)
	}
}
