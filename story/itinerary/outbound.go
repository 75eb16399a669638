package itinerary

// outboundFromHome gives a trip that returns home but never tells leaving
// it its outbound leg: when the last return leg goes to a settlement that
// no leg of the trip leaves or reaches otherwise, and the first leg (ls in
// travel order) starts where the traveller arrived from nowhere told
// (arrivedAlone: "began the trip in Sharm el-Sheikh"), the trip started at
// home, and a leg from it to there is put first ("left Bali for
// Washington, ending a trip" after a trip told from Sharm el-Sheikh on:
// Washington → Sharm el-Sheikh). The leg has the return's mode and
// evidence (the sentence that tells the return implies the departure) and
// no date. It reports whether it added one.
func outboundFromHome(ls []*legBuild, places map[string]Mention, arrivedAlone map[string]bool) ([]*legBuild, bool) {
	if len(ls) == 0 {
		return ls, false
	}
	var ret *legBuild
	for _, lb := range ls {
		if lb.leg.Return {
			ret = lb
		}
	}
	if ret == nil {
		return ls, false
	}
	home, start := ret.leg.To, ls[0].leg.From
	if home == start || !arrivedAlone[start] || !cityKinds[places[home].Kind] || coarseKinds[places[start].Kind] {
		return ls, false
	}
	outward := 0
	for _, lb := range ls {
		if lb.leg.From == home || lb.leg.To == home && !lb.leg.Return {
			return ls, false
		}
		if !lb.leg.Return {
			outward++
		}
	}
	if outward == 0 {
		return ls, false // a return alone tells no journey out
	}
	out := &legBuild{
		leg: Leg{From: home, To: start, Mode: ret.leg.Mode,
			Evidence: append([]Evidence(nil), ret.leg.Evidence...), Sources: append([]string(nil), ret.leg.Sources...)},
		modeVotes: map[string]int{}, dateVotes: map[string]int{}, seen: map[string]bool{}, vias: map[string]bool{},
		places: places, told: ret.told, order: ls[0].order - 1,
	}
	return append([]*legBuild{out}, ls...), true
}
