package charts

import (
	"bytes"
	"encoding/base64"
	"sync"

	"encoding/json"
	"fmt"
	"html"
	"strings"

	"github.com/storylens/storylens/assets/fonts"

	"github.com/storylens/storylens/assets/echartsjs"
)

// HTML returns a self-contained page showing the chart interactively:
// echarts.min.js inlined, no network requests (a Content-Security-Policy of
// default-src 'none' forbids them), tooltips with the full labels. Every
// string from the story travels as JSON data in a <script
// type="application/json"> block with <, > and & escaped as \u003c etc., and
// is HTML-escaped again when a tooltip shows it, so it can never run as
// code.
func HTML(c *Chart) ([]byte, error) {
	if c == nil {
		return nil, fmt.Errorf("charts: html: nil chart")
	}
	if i := strings.Index(strings.ToLower(echartsjs.MinJS), "</script"); i >= 0 {
		return nil, fmt.Errorf("charts: html: echarts.min.js contains </script at byte %d", i)
	}
	var opt bytes.Buffer
	json.HTMLEscape(&opt, c.Option)
	hits, err := json.Marshal(c.Hits())
	if err != nil {
		return nil, fmt.Errorf("charts: html %s: %w", c.ID, err)
	}
	var hb bytes.Buffer
	json.HTMLEscape(&hb, hits)
	title := c.Title
	if title == "" {
		title = string(c.ID)
	}
	var b bytes.Buffer
	b.Grow(len(echartsjs.MinJS) + opt.Len() + hb.Len() + 4096)
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Storylens (Apache ECharts %s)">
<title>%s</title>
<style>%s
html,body{margin:0;background:%s}#chart{width:%dpx;height:%dpx}</style>
</head>
<body>
<div id="chart" role="img" aria-label="%s"></div>
<script>
`, echartsjs.Version, html.EscapeString(title), fontFaces(), html.EscapeString(c.background), c.Width, c.Height, html.EscapeString(title))
	b.WriteString(echartsjs.MinJS)
	b.WriteString("\n</script>\n<script type=\"application/json\" id=\"sl-option\">")
	b.Write(opt.Bytes())
	b.WriteString("</script>\n<script type=\"application/json\" id=\"sl-hits\">")
	b.Write(hb.Bytes())
	b.WriteString("</script>\n<script>\n")
	b.WriteString(pageJS)
	b.WriteString("</script>\n")
	if c.Table != nil {
		writeHTMLTable(&b, c)
	}
	b.WriteString("</body>\n</html>\n")
	return b.Bytes(), nil
}

// writeHTMLTable writes the chart's data table under it, every cell
// HTML-escaped, in the chart's colours.
func writeHTMLTable(b *bytes.Buffer, c *Chart) {
	th := themeFor(c.Dark)
	fmt.Fprintf(b, `<details open style="font:12px 'Liberation Sans',Arial,sans-serif;color:%s;max-width:%dpx;margin:8px 12px">
<summary>The data: every claim, who reports it and who does not</summary>
<table style="border-collapse:collapse;margin-top:6px">
<thead><tr>`, html.EscapeString(th.text), c.Width)
	for _, h := range c.Table.Header {
		fmt.Fprintf(b, `<th style="text-align:left;border-bottom:1px solid %s;padding:3px 6px">%s</th>`, html.EscapeString(th.axis), html.EscapeString(h))
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for _, row := range c.Table.Rows {
		b.WriteString("<tr>")
		for _, cell := range row {
			fmt.Fprintf(b, `<td style="vertical-align:top;border-bottom:1px solid %s;padding:3px 6px">%s</td>`, html.EscapeString(th.split), html.EscapeString(cell))
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody></table></details>\n")
}

var (
	fontCSSOnce sync.Once
	fontCSS     string
)

// fontFaces is the CSS that embeds the chart font as data: URLs, so the
// page lays text out with the same metrics as the PNG and SVG exports.
func fontFaces() string {
	fontCSSOnce.Do(func() {
		face := func(b []byte, weight string) string {
			return "@font-face{font-family:\"" + fonts.Family + "\";font-weight:" + weight +
				";src:url(data:font/ttf;base64," + base64.StdEncoding.EncodeToString(b) + ") format(\"truetype\")}"
		}
		fontCSS = face(fonts.SansRegular, "normal") + "\n" + face(fonts.SansBold, "bold")
	})
	return fontCSS
}

// pageJS reads the option and hit table as data and shows the chart with
// tooltips that HTML-escape every label.
const pageJS = `(function(){
var opt=JSON.parse(document.getElementById('sl-option').textContent);
var hits=JSON.parse(document.getElementById('sl-hits').textContent);
var enc=echarts.format.encodeHTML;
opt.tooltip=opt.tooltip||{};
opt.tooltip.formatter=function(p){
  var h=hits[p.seriesIndex+':'+p.dataIndex];
  var t=h?h.text:String(p.name==null?'':p.name);
  return enc(t).replace(/\n/g,'<br>');
};
function show(){
  var el=document.getElementById('chart');
  var chart=echarts.init(el,null,{renderer:'svg'});
  chart.setOption(opt);
}
// Lay out only once the embedded font is ready, as the exports were.
if(document.fonts&&document.fonts.load){
  Promise.all([document.fonts.load('12px "Liberation Sans"'),document.fonts.load('bold 12px "Liberation Sans"')]).then(show,show);
}else{show();}
})();
`
