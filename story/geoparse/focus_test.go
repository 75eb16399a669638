package geoparse

import "testing"

func TestFocus(t *testing.T) {
	p := NewParser(guardWorld(t), nil)
	for _, tc := range []struct {
		text []string
		want string
	}{
		{[]string{"PYONGYANG, North Korea — Officials in Vladivostok and Vladivostok again."}, "g:pyongyang"},
		{[]string{"Officials in Vladivostok met.", "Pyongyang said no.", "Pyongyang said yes."}, "g:pyongyang"},
		{[]string{"Officials in Vladivostok met.", "Pyongyang said no."}, "g:vlad"},
		{[]string{"Russia and North Korea, and North Korea."}, "country:KP"},
		{[]string{"Nothing here."}, ""},
	} {
		if got := p.ParseArticle(art(tc.text...)).Focus; got != tc.want {
			t.Errorf("%q: focus %q, want %q", tc.text, got, tc.want)
		}
	}
}
