package basemap

import (
	"bytes"
	"reflect"
	"testing"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	in := []Layer{
		{Name: "land_z0", Kind: Fill, MinZoom: 0, MaxZoom: 6.5, Features: []Feature{
			{Class: 1, Parts: [][][2]int32{{{131000000, 43000000}, {131500000, 43000000}, {131500000, 43500000}, {131000000, 43000000}}}},
			{Class: 2, Parts: [][][2]int32{{{-179999999, -89999999}, {179999999, 89999999}}, {{0, 0}, {1, -1}}}},
		}},
		{Name: "rivers_z3", Kind: Line, MinZoom: 10.5, MaxZoom: 30, Features: nil},
	}
	var buf bytes.Buffer
	if err := Encode(&buf, in); err != nil {
		t.Fatal(err)
	}
	out, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i := range in {
		if in[i].Features == nil {
			in[i].Features = []Feature{}
		}
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip:\n got %+v\nwant %+v", out, in)
	}
}

func TestDecodeErrors(t *testing.T) {
	var good bytes.Buffer
	Encode(&good, []Layer{{Name: "x", Features: []Feature{{Class: 1, Parts: [][][2]int32{{{1, 2}, {3, 4}}}}}}})
	cases := map[string][]byte{
		"not gzip":  []byte("hello"),
		"empty":     nil,
		"truncated": good.Bytes()[:len(good.Bytes())-12],
	}
	for name, data := range cases {
		if _, err := Decode(data); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	var empty bytes.Buffer
	Encode(&empty, nil)
	if _, err := Decode(empty.Bytes()); err != nil {
		t.Errorf("empty layer list: %v", err)
	}
}

func TestEmbeddedBasemap(t *testing.T) {
	ls, err := Layers()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, l := range ls {
		names[l.Name] = true
	}
	for _, want := range []string{"world_land", "world_borders", "region_box", "land_z0", "land_z3", "coast_z3", "borders_z2", "rivers_z1"} {
		if !names[want] {
			t.Errorf("embedded basemap lacks layer %s", want)
		}
	}
	if len(Data) > 4<<20 {
		t.Errorf("basemap is %d bytes, budget 4 MB", len(Data))
	}
}

func FuzzDecode(f *testing.F) {
	var good bytes.Buffer
	Encode(&good, []Layer{{Name: "x", Features: []Feature{{Class: 1, Parts: [][][2]int32{{{1, 2}, {3, 4}}}}}}})
	f.Add(good.Bytes())
	f.Add([]byte{0x1f, 0x8b})
	f.Fuzz(func(t *testing.T, data []byte) {
		Decode(data) // must not panic
	})
}
