// Package latres is the JSON result of the latency benchmark: app/bench/latency
// writes it and app/bench/table reads it.
package latres

import (
	"math"
	"slices"
	"sort"
)

// Result is the whole result.
type Result struct {
	URL        string       `json:"url"`
	Window     string       `json:"window"`
	ReadyMS    float64      `json:"ready_ms"`    // data-ready on the first (cold) load, from navigation start
	Load       LoadObs      `json:"load"`        // LCP candidates and layout shifts of that load, before any interaction
	MapInView  bool         `json:"map_in_view"` // #speakers figure intersected the viewport before measuring
	Toggle     Series       `json:"toggle"`
	Search     Series       `json:"search"`
	FirstClick []FirstClick `json:"first_click"`
	Errors     []string     `json:"errors,omitempty"`
}

// LoadObs is what PerformanceObservers saw during the first load, until
// 500 ms after data-ready (unthrottled).
type LoadObs struct {
	LCP []struct {
		Time    float64 `json:"time"`
		Size    float64 `json:"size"`
		Element string  `json:"element"`
	} `json:"lcp"`
	CLS    float64 `json:"cls"`
	Shifts []struct {
		Time    float64 `json:"time"`
		Value   float64 `json:"value"`
		Sources string  `json:"sources"`
	} `json:"shifts"`
}

// Series is one repeated interaction.
type Series struct {
	What      string    `json:"what"`
	Samples   []float64 `json:"samples"`            // ms, one per completed repetition
	Timeouts  int       `json:"timeouts"`           // repetitions that never showed the change
	MapInView int       `json:"map_in_view"`        // repetitions after which the map was still on screen
	Statuses  []string  `json:"statuses,omitempty"` // distinct [role=status] texts seen (search)
	Note      string    `json:"note,omitempty"`
}

// FirstClick is one "first filter click 2 s after navigation start".
type FirstClick struct {
	Mode         string  `json:"mode"`     // cold: new browser context; warm: new tab after earlier visits; "cold, 4× CPU slowdown"
	ClickAt      float64 `json:"click_at"` // when the 2 s timer actually ran (later if the main thread was busy)
	ReadyAt      float64 `json:"ready_at"` // data-ready="true", from navigation start (0: never)
	ReadyAtClick bool    `json:"ready_at_click"`
	Lost         bool    `json:"lost"` // the 2 s click did nothing: re-clicked when ready
	ReclickAt    float64 `json:"reclick_at,omitempty"`
	PressedAt    float64 `json:"pressed_at"`
	TotalMS      float64 `json:"total_ms"`             // from the (late) 2 s click to the frame after aria-pressed="true"
	From2sMS     float64 `json:"from_2s_ms"`           // from 2000 ms after navigation start to that frame: what a user clicking at 2 s waits
	AfterReadyMS float64 `json:"after_ready_ms"`       // from the (re)click after ready to that frame, when lost
	LongTasks    []Task  `json:"long_tasks,omitempty"` // main-thread tasks > 50 ms until the result
	Error        string  `json:"error,omitempty"`
}

// Task is one long task (PerformanceLongTaskTiming), ms from navigation start.
type Task struct {
	Start    float64 `json:"start"`
	Duration float64 `json:"duration"`
}

// Median is the median sample, NaN when there is none.
func (s Series) Median() float64 {
	if len(s.Samples) == 0 {
		return math.NaN()
	}
	v := append([]float64(nil), s.Samples...)
	sort.Float64s(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// Worst is the largest sample, +Inf when a repetition timed out, NaN when
// there is none.
func (s Series) Worst() float64 {
	if len(s.Samples) == 0 {
		return math.NaN()
	}
	if s.Timeouts > 0 {
		return math.Inf(1)
	}
	return slices.Max(s.Samples)
}
