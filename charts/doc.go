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
//
// For publishing, [ExportOptions] (and [Options] for one chart) choose the
// charts, a [Theme] whatever the screen's, a size [Preset] (web, slide, A4
// and Letter at 300 dpi) or a custom size ([ParseSizeOrPreset]), and a
// [Caption]: title, subtitle, notes and a credit line ([DefaultCredit]).
// Charts never ask the engine for more marks than a reader can use: the
// coverage chart groups sources by outlet and adds up beyond
// [MaxCoverageColumns], its [Table] keeps every claim and outlet.
package charts
