// Package charts defines Storylens' four story charts (claim frequency,
// source coverage, publication timeline and places by mentions) with
// go-echarts, renders them with Apache ECharts' own server-side renderer
// running in a pure-Go JavaScript engine (modernc.org/quickjs), converts the
// SVG to pixels in pure Go with the embedded font, and exports PNG, SVG and
// self-contained HTML. No browser is involved.
//
// The pipeline is: [Build] computes a [Chart] (the go-echarts chart and its
// ECharts option JSON) from an analysis.Report; a [Renderer] turns it into
// SVG (ECharts SSR), a parsed scene (text converted to glyph outlines) and a
// raster image; [Export] writes files atomically.
package charts
