package edit

import (
	"math"
	"reflect"
	"testing"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
)

// opReader decodes bytes into operations on the current story: ids picked
// among the story's (or one that is not there), and numbers, dates, texts
// and matchers both valid and not.
type opReader struct {
	b []byte
	i int
}

func (r *opReader) more() bool { return r.i < len(r.b) }

func (r *opReader) byte() byte {
	if r.i >= len(r.b) {
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *opReader) n(n int) int { return int(r.byte()) % n }

func (r *opReader) bool() bool { return r.byte()&1 == 1 }

// id picks one of ids, or "missing" one time in len(ids)+1.
func (r *opReader) id(ids []string) string {
	k := r.n(len(ids) + 1)
	if k == len(ids) {
		return "missing"
	}
	return ids[k]
}

func (r *opReader) ids(ids []string) []string {
	var out []string
	for range r.n(4) {
		out = append(out, r.id(ids))
	}
	return out
}

var fuzzTexts = []string{"", "x", "New title", "2024-05-03", "2024-05-03/2024-05-06", "2024-05-06/2024-05-03",
	"2024-02-30", "by train", "/(/", "/a*/", "talks", "/flew|flies/", "Funchal", " "}

func (r *opReader) text() string { return fuzzTexts[r.n(len(fuzzTexts))] }

// lon and lat are mostly in range, sometimes out of it or NaN.
func (r *opReader) lon() float64 {
	b := r.byte()
	if b == 255 {
		return math.NaN()
	}
	return (float64(b) - 128) * 1.45
}

func (r *opReader) lat() float64 { return (float64(r.byte()) - 128) * 0.72 }

func (r *opReader) camera() *story.Camera {
	if r.bool() {
		return nil
	}
	return &story.Camera{Center: [2]float64{r.lon(), r.lat()}, Zoom: float64(r.n(25))}
}

func ids[T any](xs []T, id func(T) string) []string {
	var out []string
	for _, x := range xs {
		out = append(out, id(x))
	}
	return out
}

// op decodes one operation for s.
func (r *opReader) op(s *story.Story) Op {
	steps := ids(s.Steps, func(st story.Step) string { return st.ID })
	places := ids(s.Places, func(p *story.Place) string { return p.ID })
	routes := ids(s.Routes, func(x *story.Route) string { return x.ID })
	claims := ids(s.Claims, func(c *story.Claim) string { return c.ID })
	sources := ids(s.Sources, func(x *story.Source) string { return x.ID })
	route := func() string {
		if r.bool() {
			return ""
		}
		return r.id(routes)
	}
	stop := func() int { return r.n(5) - 1 }
	switch r.n(35) {
	case 0:
		st := story.Step{ID: r.text(), Title: r.text(), Date: r.text(), Places: r.ids(places),
			Claims: r.ids(claims), Sources: r.ids(sources), Camera: r.camera()}
		if rt := route(); rt != "" {
			st.Route = &rt
		}
		return AddStep{At: r.n(len(steps)+2) - 1, Step: st}
	case 1:
		return DeleteStep{ID: r.id(steps)}
	case 2:
		return MoveStep{ID: r.id(steps), To: r.n(len(steps)+2) - 1}
	case 3:
		return SetStepTitle{ID: r.id(steps), Title: r.text()}
	case 4:
		return SetStepDate{ID: r.id(steps), Date: r.text()}
	case 5:
		return SetStepBody{ID: r.id(steps), Body: r.text()}
	case 6:
		return SetStepPlaces{ID: r.id(steps), Places: r.ids(places)}
	case 7:
		return SetStepClaims{ID: r.id(steps), Claims: r.ids(claims)}
	case 8:
		return SetStepSources{ID: r.id(steps), Sources: r.ids(sources)}
	case 9:
		return SetStepRoute{ID: r.id(steps), Route: route()}
	case 10:
		return SetStepCamera{ID: r.id(steps), Camera: r.camera()}
	case 11:
		return MovePlace{ID: r.id(places), Lon: r.lon(), Lat: r.lat()}
	case 12:
		return RenamePlace{ID: r.id(places), Name: r.text()}
	case 13:
		return SetPlaceKind{ID: r.id(places), Kind: r.text()}
	case 14:
		return DeletePlace{ID: r.id(places), FromSteps: r.bool()}
	case 15:
		return AddPlace{Place: story.Place{ID: r.text(), Name: r.text(), Lon: r.lon(), Lat: r.lat(), Approximate: r.bool()}}
	case 16:
		return PinVenue{ID: r.id(places), Lon: r.lon(), Lat: r.lat()}
	case 17:
		return SetVenues{IDs: r.ids(places)}
	case 18:
		return AcceptRoute{ID: r.id(routes)}
	case 19:
		return RejectRoute{ID: r.id(routes), FromSteps: r.bool()}
	case 20:
		return AddStop{Route: r.id(routes), At: stop(), Place: r.id(places)}
	case 21:
		return RemoveStop{Route: r.id(routes), At: stop()}
	case 22:
		return MoveStop{Route: r.id(routes), From: stop(), To: stop()}
	case 23:
		return SetRouteMode{ID: r.id(routes), Mode: []string{"", "rail", "road", "air", "sea", "boat"}[r.n(6)]}
	case 24:
		var pts []orb.Point
		for range r.n(4) {
			pts = append(pts, orb.Point{r.lon(), r.lat()})
		}
		id := r.id(routes)
		if r.bool() {
			id = r.text()
		}
		return DrawRoute{ID: id, Name: r.text(), Mode: []string{"", "air", "sea", "bus"}[r.n(4)], Points: pts}
	case 25:
		return RenameClaim{ID: r.id(claims), Label: r.text()}
	case 26:
		return MergeClaims{Into: r.id(claims), From: r.id(claims)}
	case 27:
		c := s.ClaimByID(r.id(claims))
		var ms []string
		id := "missing"
		if c != nil {
			id = c.ID
			for _, m := range c.Matchers {
				if r.bool() {
					ms = append(ms, m)
				}
			}
		}
		if r.bool() {
			ms = append(ms, r.text())
		}
		return SplitClaim{ID: id, Matchers: ms, NewID: r.text(), Label: r.text()}
	case 28:
		return RejectClaim{ID: r.id(claims), FromSteps: r.bool()}
	case 29:
		return AddClaim{ID: r.text(), Label: r.text(), Matchers: []string{r.text(), r.text()}[:r.n(3)%2+1]}
	case 30:
		if r.bool() {
			return RejectDiscoveredClaim{ID: r.text()}
		}
		return RenameClaim{ID: r.id(claims), Label: r.text()}
	case 31:
		st := story.Step{ID: UniqueID(s, "step"), Title: "Added", Places: r.ids(places)}
		return AddStep{At: r.n(len(steps) + 1), Step: st}
	case 32:
		return SetTitle{Title: r.text()}
	case 33:
		return SetDescription{Description: r.text()}
	default:
		return AddPlace{Place: PlaceAt(s, r.text(), r.lon(), r.lat())}
	}
}

// FuzzEdit applies a random sequence of operations to the fixture. After
// each: story.Validate finds no error, and a refused operation changed
// nothing. Then undoing everything gives back each earlier state and the
// original exactly, and redoing everything the final state.
func FuzzEdit(f *testing.F) {
	base := loadFixture(f)
	f.Add([]byte{})
	f.Add([]byte{11, 2, 130, 130, 20, 0, 1, 3, 23, 1, 3})
	f.Add([]byte{14, 3, 1, 14, 3, 0, 19, 1, 1, 28, 0, 1, 26, 0, 1})
	f.Add([]byte{0, 0, 3, 2, 3, 1, 0, 1, 0, 1, 1, 0, 1, 2, 1, 1, 9, 0, 31, 1, 2, 24, 2, 3, 100, 120, 140, 110, 1, 0, 2, 1})
	f.Add([]byte{29, 7, 7, 10, 1, 27, 0, 1, 0, 1, 4, 4, 16, 3, 255, 1, 15, 2, 2, 128, 128, 0, 32, 5, 60, 70})
	f.Fuzz(func(t *testing.T, data []byte) {
		e := New(base)
		r := &opReader{b: data}
		states := []*story.Story{Clone(base)}
		for n := 0; r.more() && n < 64; n++ {
			op := r.op(e.View())
			prev := states[len(states)-1]
			if err := e.Apply(op); err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("%#v: error %T %v", op, err, err)
				}
				if !reflect.DeepEqual(e.View(), prev) {
					t.Fatalf("refused %#v (%v) changed the story", op, err)
				}
				continue
			}
			if ps := story.Validate(e.View()); ps.HasErrors() {
				t.Fatalf("after %#v:\n%s", op, ps)
			}
			states = append(states, Clone(e.View()))
		}
		wantEq(t, "changes", e.Changes(), len(states)-1)
		for i := len(states) - 2; i >= 0; i-- {
			if !e.Undo() {
				t.Fatalf("undo %d: nothing to undo", i)
			}
			if !reflect.DeepEqual(e.View(), states[i]) {
				t.Fatalf("undo to state %d: not the same story", i)
			}
		}
		if e.Undo() {
			t.Fatal("undo past the original")
		}
		if !reflect.DeepEqual(e.View(), base) || e.Dirty() {
			t.Fatal("undoing everything did not give back the original")
		}
		for e.Redo() {
		}
		if !reflect.DeepEqual(e.View(), states[len(states)-1]) {
			t.Fatal("redoing everything did not give back the final state")
		}
	})
}
