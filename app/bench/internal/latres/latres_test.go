package latres

import (
	"math"
	"testing"
)

// TestMedianWorst checks the summary of a series.
func TestMedianWorst(t *testing.T) {
	tests := []struct {
		s             Series
		median, worst float64
	}{
		{Series{Samples: []float64{3, 1, 2}}, 2, 3},
		{Series{Samples: []float64{4, 1, 2, 3}}, 2.5, 4},
		{Series{Samples: []float64{1}, Timeouts: 1}, 1, math.Inf(1)},
	}
	for _, tt := range tests {
		if got := tt.s.Median(); got != tt.median {
			t.Errorf("Median(%v) = %v, want %v", tt.s.Samples, got, tt.median)
		}
		if got := tt.s.Worst(); got != tt.worst {
			t.Errorf("Worst(%v) = %v, want %v", tt.s.Samples, got, tt.worst)
		}
	}
	if !math.IsNaN((Series{}).Median()) || !math.IsNaN((Series{}).Worst()) {
		t.Error("an empty series should give NaN")
	}
}
