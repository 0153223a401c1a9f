package web

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/readout/readout/store"
)

// undirected is the events between two actors in both directions.
type undirected struct {
	a, b string
	n    int
	gsum float64
}

// maxEdges is the most pairs NetworkSVG draws.
const maxEdges = 80

// NetworkSVG draws the busiest maxNodes actors on a circle with a line for
// each of the busiest pairs among them: wider for more events, green for a
// positive mean Goldstein score, red for a negative one. Lines and nodes
// link to the dyad and event pages.
func NetworkSVG(net store.Network, maxNodes int) template.HTML {
	nodes := net.Nodes
	if len(nodes) > maxNodes {
		nodes = nodes[:maxNodes]
	}
	const size, r = 720.0, 290.0
	pos := map[string][2]float64{}
	for i, n := range nodes {
		a := 2*math.Pi*float64(i)/float64(len(nodes)) - math.Pi/2
		pos[n.ID] = [2]float64{size/2 + r*math.Cos(a), size/2 + r*math.Sin(a)}
	}
	pairs := map[[2]string]*undirected{}
	for _, e := range net.Edges {
		_, okA := pos[e.Source]
		_, okB := pos[e.Target]
		if !okA || !okB || e.Source == e.Target {
			continue
		}
		k := [2]string{e.Source, e.Target}
		if k[0] > k[1] {
			k[0], k[1] = k[1], k[0]
		}
		if pairs[k] == nil {
			pairs[k] = &undirected{a: k[0], b: k[1]}
		}
		pairs[k].n += e.Count
		pairs[k].gsum += e.Goldstein * float64(e.Count)
	}
	list := make([]*undirected, 0, len(pairs))
	maxN := 1
	for _, p := range pairs {
		list = append(list, p)
		if p.n > maxN {
			maxN = p.n
		}
	}
	// Keep the busiest pairs so the picture stays readable, and draw them
	// last, on top.
	sort.Slice(list, func(i, j int) bool { return list[i].n > list[j].n })
	if len(list) > maxEdges {
		list = list[:maxEdges]
	}
	slices.Reverse(list)
	var s strings.Builder
	fmt.Fprintf(&s, `<svg class="chart network" viewBox="0 0 %g %g" role="img" data-nodes="%d" data-edges="%d" aria-label="actor network">`,
		size, size, len(nodes), len(list))
	for _, p := range list {
		a, b := pos[p.a], pos[p.b]
		g := p.gsum / float64(p.n)
		w := 1 + 7*math.Sqrt(float64(p.n)/float64(maxN))
		href := "/dyad?" + url.Values{"a": {p.a}, "b": {p.b}}.Encode()
		fmt.Fprintf(&s, `<a href="%s"><line class="edge" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f"><title>%s–%s: %d events, mean Goldstein %+.1f</title></line></a>`,
			html.EscapeString(href), a[0], a[1], b[0], b[1], goldsteinColor(g), w,
			html.EscapeString(p.a), html.EscapeString(p.b), p.n, g)
	}
	maxE := 1
	for _, n := range nodes {
		if n.Events > maxE {
			maxE = n.Events
		}
	}
	for _, n := range nodes {
		p := pos[n.ID]
		rad := 6 + 14*math.Sqrt(float64(n.Events)/float64(maxE))
		href := "/search?" + url.Values{"kind": {"events"}, "source": {n.ID}}.Encode()
		fmt.Fprintf(&s, `<a href="%s" class="node"><circle cx="%.1f" cy="%.1f" r="%.1f"><title>%s: %d events</title></circle><text x="%.1f" y="%.1f" text-anchor="middle">%s</text></a>`,
			html.EscapeString(href), p[0], p[1], rad, html.EscapeString(n.ID), n.Events, p[0], p[1]+rad+13, html.EscapeString(n.ID))
	}
	s.WriteString(`</svg>`)
	return template.HTML(s.String())
}

// goldsteinColor maps -10..+10 to red..grey..green.
func goldsteinColor(g float64) string {
	t := math.Max(-1, math.Min(1, g/10))
	grey := [3]float64{150, 150, 150}
	to := [3]float64{46, 125, 50}
	if t < 0 {
		to, t = [3]float64{198, 40, 40}, -t
	}
	t = math.Sqrt(t)
	var c [3]int
	for i := range c {
		c[i] = int(grey[i] + (to[i]-grey[i])*t)
	}
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}
