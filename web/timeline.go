package web

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"
	"time"

	"github.com/readout/readout/store"
)

// Chart size in SVG user units; the SVG scales to its container.
const (
	chartW, chartH = 960.0, 320.0
	padL, padR     = 48.0, 48.0
	padT, padB     = 16.0, 40.0
)

// quadColors are the fills of QuadClass 1–4 (cooperation green, conflict red).
var quadColors = [4]string{"#8cc084", "#2e7d32", "#f0a04b", "#c62828"}

// fillGaps returns one bucket per interval from the first to the last,
// with empty ones where nothing happened, so the x axis is time.
func fillGaps(bs []store.Bucket, interval string) []store.Bucket {
	if len(bs) == 0 {
		return nil
	}
	step := func(t time.Time) time.Time {
		switch interval {
		case store.Week:
			return t.AddDate(0, 0, 7)
		case store.Month:
			return t.AddDate(0, 1, 0)
		}
		return t.AddDate(0, 0, 1)
	}
	have := map[string]store.Bucket{}
	for _, b := range bs {
		have[b.Start] = b
	}
	first, err1 := time.Parse("2006-01-02", bs[0].Start)
	last, err2 := time.Parse("2006-01-02", bs[len(bs)-1].Start)
	if err1 != nil || err2 != nil {
		return bs
	}
	var out []store.Bucket
	for t := first; !t.After(last) && len(out) < 5000; t = step(t) {
		k := t.Format("2006-01-02")
		b, ok := have[k]
		if !ok {
			b = store.Bucket{Start: k}
		}
		out = append(out, b)
	}
	return out
}

// TimelineSVG draws a dyad timeline: stacked bars of events per QuadClass
// and a line of the mean Goldstein score (right axis, -10 to +10).
func TimelineSVG(bs []store.Bucket, interval string) template.HTML {
	bs = fillGaps(bs, interval)
	total, top := 0, 1
	for _, b := range bs {
		total += b.Count
		top = max(top, b.Count)
	}
	top = niceCeil(top)
	var s strings.Builder
	fmt.Fprintf(&s, `<svg class="chart timeline" viewBox="0 0 %g %g" role="img" data-buckets="%d" data-events="%d" aria-label="events per %s">`,
		chartW, chartH, len(bs), total, html.EscapeString(interval))
	plotW, plotH := chartW-padL-padR, chartH-padT-padB
	// axes and grid
	for _, f := range []float64{0, 0.5, 1} {
		y := padT + plotH*(1-f)
		fmt.Fprintf(&s, `<line class="grid" x1="%g" x2="%g" y1="%.1f" y2="%.1f"/>`, padL, chartW-padR, y, y)
		if v := f * float64(top); v == math.Trunc(v) {
			fmt.Fprintf(&s, `<text class="axis" x="%g" y="%.1f" text-anchor="end">%d</text>`, padL-6, y+4, int(v))
		}
		fmt.Fprintf(&s, `<text class="axis" x="%g" y="%.1f">%+.0f</text>`, chartW-padR+6, y+4, -10+20*f)
	}
	if len(bs) == 0 {
		fmt.Fprintf(&s, `<text class="empty" x="%g" y="%g" text-anchor="middle">no events</text></svg>`, chartW/2, chartH/2)
		return template.HTML(s.String())
	}
	bw := plotW / float64(len(bs))
	barW := math.Min(bw*0.8, 48)
	var line []string
	for i, b := range bs {
		x := padL + bw*float64(i)
		y := padT + plotH
		fmt.Fprintf(&s, `<g class="bar"><title>%s: %d events (%d, %d, %d, %d by QuadClass), mean Goldstein %+.1f</title>`,
			html.EscapeString(b.Start), b.Count, b.Quad[0], b.Quad[1], b.Quad[2], b.Quad[3], b.Goldstein)
		for q := 0; q < 4; q++ {
			h := plotH * float64(b.Quad[q]) / float64(top)
			if h <= 0 {
				continue
			}
			y -= h
			fmt.Fprintf(&s, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s"/>`, x+(bw-barW)/2, y, barW, h, quadColors[q])
		}
		s.WriteString(`</g>`)
		if b.Count > 0 {
			gy := padT + plotH*(1-(b.Goldstein+10)/20)
			line = append(line, fmt.Sprintf("%.2f,%.2f", x+bw/2, gy))
		}
	}
	fmt.Fprintf(&s, `<polyline class="goldstein" points="%s"/>`, strings.Join(line, " "))
	for _, pt := range line {
		x, y, _ := strings.Cut(pt, ",")
		fmt.Fprintf(&s, `<circle class="goldstein-dot" cx="%s" cy="%s" r="2.5"/>`, x, y)
	}
	for _, i := range ticks(len(bs), 8) {
		x := padL + bw*(float64(i)+0.5)
		fmt.Fprintf(&s, `<text class="axis" x="%.1f" y="%g" text-anchor="middle">%s</text>`, x, chartH-padB+16, html.EscapeString(bs[i].Start))
	}
	s.WriteString(`</svg>`)
	return template.HTML(s.String())
}

// niceCeil rounds n up to 1, 2 or 5 times a power of ten (at least 2, so
// the half-way grid line is a whole number).
func niceCeil(n int) int {
	for p := 1; ; p *= 10 {
		for _, m := range []int{1, 2, 5} {
			if m*p >= n && m*p >= 2 {
				return m * p
			}
		}
	}
}

// ticks picks at most n evenly spaced indexes of 0..count-1.
func ticks(count, n int) []int {
	if count <= n {
		out := make([]int, count)
		for i := range out {
			out[i] = i
		}
		return out
	}
	var out []int
	for k := 0; k < n; k++ {
		out = append(out, k*(count-1)/(n-1))
	}
	return out
}
