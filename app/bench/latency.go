package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"time"

	"github.com/chromedp/cdproto/input"
)

// Latency is the result of the latency subcommand.
type Latency struct {
	EventTiming bool     `json:"event_timing"` // the browser supports PerformanceObserver type "event"
	Series      []Series `json:"series"`
}

// Series is one interaction repeated n times.
type Series struct {
	Name     string    `json:"name"`
	What     string    `json:"what"`
	RAF      []float64 `json:"raf"`       // ms from the input event's timeStamp to the frame after the DOM change
	Event    []float64 `json:"event"`     // Event Timing duration of the interaction; 0: none ≥ 16 ms
	Judged   []float64 `json:"judged"`    // the larger of the two, per repetition
	Timeouts int       `json:"timeouts"`  // repetitions whose change never showed (3 s) or that failed
	OnScreen int       `json:"on_screen"` // repetitions with the map on screen after the change
}

// interaction says how to run one series: with query in the search box,
// each repetition scrolls onScreen into view, runs arm in the page (which
// then waits for the change) and sends the input.
type interaction struct {
	Series
	query, onScreen, arm string
	send                 func(i int) error
}

// sample is what __lat.result() returns.
type sample struct {
	OK, OnScreen bool
	RAF, Event   float64
}

func latencyCmd(args []string) error {
	fs := flag.NewFlagSet("latency", flag.ExitOnError)
	url := fs.String("url", "", "the served report")
	out := fs.String("out", "latency.json", "result file")
	n := fs.Int("n", 50, "repetitions of each interaction")
	fs.Parse(args)
	ctx, stop, err := startBrowser(1280, 900)
	if err != nil {
		return err
	}
	defer stop()
	var res Latency
	if err := navigate(ctx, *url); err != nil {
		return err
	}
	if err := poll(ctx, readyExpr["report"], 90*time.Second); err != nil {
		return err
	}
	if res.EventTiming, err = eval[bool](ctx, latencyJS); err != nil {
		return fmt.Errorf("installing the page helpers: %w", err)
	}
	chip, err := eval[string](ctx, `(document.getElementById("theme-children") || document.querySelector("button[id^=theme-]") || {}).id || ""`)
	if err != nil || chip == "" {
		return fmt.Errorf("no theme chip (button[id^=theme-]) on the page")
	}
	const mapSel, q = "#speakers figure", "migrant"
	typed := fmt.Sprintf("input#search: %q, then s / Backspace", q)
	// Typing scrolls the search box into view (the browser reveals the
	// caret), so keys are typed with the box on screen; a second series
	// sets the value and dispatches "input" in the page with the map on
	// screen (Event Timing does not see such synthetic events).
	for _, it := range []interaction{
		{Series{Name: "search keystroke, trusted keys", What: typed + ", trusted key events, the search box on screen"}, q, "#search", `__lat.armSearch()`,
			func(i int) error {
				if i%2 == 0 {
					return key(ctx, "s", "KeyS", "s", 83)
				}
				return key(ctx, "Backspace", "Backspace", "", 8)
			}},
		{Series{Name: "search keystroke, input event in the page", What: typed + ", set in the page, the map on screen"}, q, mapSel, `__lat.armSearch()`,
			func(int) error { _, err := eval[bool](ctx, `__lat.typeInPage()`); return err }},
		{Series{Name: "theme toggle", What: "button#" + chip + ", Enter on the chip focused without scrolling, the map on screen"}, "", mapSel,
			fmt.Sprintf(`__lat.armToggle(%q)`, chip), func(int) error { return key(ctx, "Enter", "Enter", "\r", 13) }},
	} {
		if _, err := eval[bool](ctx, fmt.Sprintf(`__lat.startSearch(%q)`, it.query)); err != nil {
			return fmt.Errorf("search box: %w", err)
		}
		for i := range *n {
			it.repeat(ctx, i)
		}
		res.Series = append(res.Series, it.Series)
	}
	return writeJSON(*out, res)
}

// repeat runs and records repetition i.
func (it *interaction) repeat(ctx context.Context, i int) {
	var r sample
	_, err := eval[bool](ctx, fmt.Sprintf(`__lat.settle(%q).then(() => %s)`, it.onScreen, it.arm))
	if err == nil {
		err = it.send(i)
	}
	if err == nil {
		r, err = eval[sample](ctx, `__lat.result()`)
	}
	time.Sleep(150 * time.Millisecond) // let any follow-up work finish
	if err != nil || !r.OK {
		it.Timeouts++
		log.Printf("%s, repetition %d: no change within 3 s or %v", it.Name, i, err)
		return
	}
	it.RAF, it.Event, it.Judged = append(it.RAF, r.RAF), append(it.Event, r.Event), append(it.Judged, max(r.RAF, r.Event))
	if r.OnScreen {
		it.OnScreen++
	}
}

// key sends a trusted key press and release to the focused element.
func key(ctx context.Context, k, code, text string, vk int64) error {
	down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: k, Code: code, Text: text, WindowsVirtualKeyCode: vk, NativeVirtualKeyCode: vk}
	if text == "" {
		down.Type = input.DispatchKeyEventTypeRawKeyDown
	}
	up := down
	up.Type, up.Text = input.DispatchKeyEventTypeKeyUp, ""
	return errors.Join(call(ctx, input.DispatchKeyEvent, down), call(ctx, input.DispatchKeyEvent, up))
}
