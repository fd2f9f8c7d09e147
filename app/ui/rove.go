package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// A chip group (the themes, the GCM objectives) is one tab stop: the chip
// that last had the focus has tabindex 0, the others -1, and the arrow
// keys, Home and End move the focus inside the group (a roving tab index).
// Space and Enter press the focused chip, as on any button.

// Chip groups.
const (
	groupThemes     = "themes"
	groupObjectives = "objectives"
)

// roving is, per group, the index of the chip that holds its tab stop.
var roving = map[string]int{}

// tabIndex is the tabindex of chip i of a group.
func tabIndex(group string, i int) int {
	if roving[group] == i {
		return 0
	}
	return -1
}

// roveStep is the item (a chip, a map mark) a key moves the focus to, from
// item i of n (wrapping at the ends), or -1 when the key does not move it.
func roveStep(key string, i, n int) int {
	if n <= 0 {
		return -1
	}
	switch key {
	case "ArrowRight", "ArrowDown":
		return (i + 1) % n
	case "ArrowLeft", "ArrowUp":
		return (i - 1 + n) % n
	case "Home":
		return 0
	case "End":
		return n - 1
	}
	return -1
}

// chipOf is the index of the chip an event of a group's list happened on,
// the chips of that list, and whether there was one.
func chipOf(list, target app.Value) (int, app.Value, bool) {
	chips := list.Call("querySelectorAll", ":scope > li > button")
	if !target.Truthy() || !target.Get("closest").Truthy() {
		return 0, chips, false
	}
	i := indexIn(chips, target.Call("closest", "button"))
	return max(i, 0), chips, i >= 0
}

// indexIn is the index of el in the node list, or -1.
func indexIn(list, el app.Value) int {
	for i := 0; i < list.Length(); i++ {
		if list.Index(i).Equal(el) {
			return i
		}
	}
	return -1
}

// onRoveKey moves the focus inside a group; the chip that gets it takes the
// group's tab stop (onRoveFocus). Neither handler prevents the island's
// update: go-app would then also drop the update that the other one, run in
// the same cycle, asks for.
func onRoveKey(ctx app.Context, e app.Event) {
	if e.Get("altKey").Bool() || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
		return
	}
	i, chips, ok := chipOf(ctx.JSSrc(), e.Get("target"))
	if !ok {
		return
	}
	if next := roveStep(e.Get("key").String(), i, chips.Length()); next >= 0 {
		e.PreventDefault() // no scrolling
		chips.Index(next).Call("focus")
	}
}

// onRoveFocus gives a group's tab stop to the chip that got the focus, by
// key, tap or script, and re-renders the island's tab indexes.
func onRoveFocus(group string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i, _, ok := chipOf(ctx.JSSrc(), e.Get("target")); ok {
			roving[group] = i
		}
	}
}
