package charts

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestHTMLKeepsHostileLabelsInert(t *testing.T) {
	const evil = `</script><script>alert(1)</script>`
	rep := testReport()
	rep.Title = `<img src=x onerror=alert(2)>`
	rep.Claims[0].Label = evil
	rep.Sources[0].Title = `"><script>alert(3)</script>`
	rep.Places[0].Name = "<b>&amp;</b>\u2028"
	for _, id := range All {
		c, err := Build(id, rep, Options{})
		if err != nil {
			t.Fatal(err)
		}
		page, err := HTML(c)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(page, []byte("alert(1)</script>")) || bytes.Contains(page, []byte("<img src=x")) {
			t.Errorf("%s: hostile text appears unescaped", id)
		}
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var scripts, jsonScripts int
		var data []string
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				for _, a := range n.Attr {
					if a.Key == "src" || a.Key == "href" || strings.HasPrefix(a.Key, "on") {
						t.Errorf("%s: <%s %s=%q> can load or run something", id, n.Data, a.Key, a.Val)
					}
				}
				switch n.Data {
				case "script":
					scripts++
					for _, a := range n.Attr {
						if a.Key == "type" && a.Val == "application/json" {
							jsonScripts++
							if n.FirstChild != nil {
								data = append(data, n.FirstChild.Data)
							}
						}
					}
				case "link", "iframe", "img", "object", "embed", "base", "form":
					t.Errorf("%s: unexpected <%s>", id, n.Data)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if scripts != 4 || jsonScripts != 2 {
			t.Errorf("%s: %d scripts (%d JSON), want exactly 4 (2 JSON)", id, scripts, jsonScripts)
		}
		// The data blocks parse as JSON and still carry the text verbatim.
		all := ""
		for _, d := range data {
			var v any
			if err := json.Unmarshal([]byte(d), &v); err != nil {
				t.Fatalf("%s: data block is not JSON: %v", id, err)
			}
			b, _ := json.Marshal(v)
			all += string(b)
		}
		if id == ClaimFrequency && !strings.Contains(all, `\u003c/script\u003e\u003cscript\u003ealert(1)`) {
			t.Errorf("%s: hostile label lost from the data", id)
		}
		if !bytes.Contains(page, []byte(`content="default-src 'none'`)) {
			t.Errorf("%s: no CSP forbidding network requests", id)
		}
		if !bytes.Contains(page, []byte("<title>&lt;img src=x")) && !bytes.Contains(page, []byte("<title>Claims")) && !bytes.Contains(page, []byte("<title>")) {
			t.Errorf("%s: no title", id)
		}
	}
}

func TestHTMLInlinesEcharts(t *testing.T) {
	c, err := Build(Places, testReport(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	page, err := HTML(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte("echarts")) || len(page) < 1_000_000 {
		t.Errorf("page of %d bytes does not inline echarts.min.js", len(page))
	}
	if !bytes.Contains(page, []byte("encodeHTML")) {
		t.Error("tooltips do not HTML-escape labels")
	}
}
