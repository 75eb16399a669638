package itinerary

// Moves that did not happen: called off ("the visit to X was called off",
// "cancelled a stop in Y"), planned and then not made ("had been due to fly
// to X", "was to have visited X") and hypothetical ("could visit Z", "if he
// travels to X"). Their places are no legs: the governor of such a place
// governs nothing, as a negated one does.

var (
	// cancelWords call a move off ("cancelled his trip to X", "the visit
	// to X was postponed").
	cancelWords = words("cancelled canceled cancel cancels cancelling canceling cancellation scrapped scrap scraps " +
		"postponed postpone postpones postponement shelved abandoned scrubbed skipped")
	// offVerbs take "off" to call a move off ("called off", "put off").
	offVerbs = words("called call calls calling put puts putting")
	// planWords, after "had been" (or "had" for the verbs), make a plan that
	// was not carried out ("had been due to fly to X", "had planned to visit X").
	planWords = words("due scheduled expected planned meant supposed set slated intended hoped wanted")
	// hypothetical modals, conjunctions and wishes ("could visit X", "if he
	// flies to X", "hopes to visit X", "looked forward to going to X").
	hypothetical = words("could might if unless whether hope hopes hoped hoping wish wishes wished forward " +
		"considering mulling weighing")
	// doubtWords, after a form of "be", leave a move in doubt ("denied
	// that a visit to X was being considered").
	doubtWords = words("considered mooted rumoured rumored discussed")
	// clauseOpeners end the clause a move is told in ("He had planned to
	// visit X but flew to Y": Y is no plan).
	clauseOpeners = words("but after before when while because as since until though although yet instead")
	// beForms are the forms of "be" before a participle ("was called off").
	beForms = words("is are was were be been being has have had")
)

// unrealCues are the words without which no move of a sentence is
// unrealised (every trigger word of unrealised and unmetPlan).
var unrealCues = func() set {
	u := words("may have")
	for _, s := range []set{cancelWords, offVerbs, planWords, hypothetical, doubtWords} {
		for w := range s {
			u[w] = true
		}
	}
	return u
}()

// mayBeUnrealised is true when the sentence has a word of unrealCues: only
// then can unrealised or unmetPlanBefore be true (one pass, so that the
// per-place checks run only on such sentences).
func mayBeUnrealised(toks []token) bool { return anyIn(toks, 0, len(toks), unrealCues) }

// unrealised is true when the place governed by toks[gi] (its last token e)
// is the end of a move that did not happen: a cancel word, a plan not
// carried out or a hypothetical in its clause before the governor (at most 10
// words back), or a cancel told after the place in its clause ("the visit to
// X and Y was called off").
func unrealised(toks []token, gi, e int) bool {
	for j := gi - 1; j >= 0 && j >= gi-10; j-- {
		w := toks[j].w
		if clauseOpeners[w] && !(w == "as" && j > 0 && toks[j-1].w == "such") {
			break
		}
		if cancelWords[w] || offAt(toks, j) || hypothetical[w] || w == "may" && !toks[j].cap && !numberAfter(toks, j) {
			return true
		}
		if unmetPlan(toks, j) {
			return true
		}
		if toks[j].brk {
			break
		}
	}
	for j := e + 1; j < len(toks) && j <= e+10; j++ {
		if toks[j].brk || clauseOpeners[toks[j].w] {
			break
		}
		w := toks[j].w
		if (cancelWords[w] || doubtWords[w] || offAt(toks, j)) && j > 0 && beForms[toks[j-1].w] {
			return true
		}
	}
	return false
}

// unmetPlanBefore is true when a plan not carried out comes anywhere before
// toks[i] in its sentence, over commas but not over a clause opener: "had
// been due to lay a wreath in X, to open an exhibition and to attend a
// banquet at Y" never took place at Y either.
func unmetPlanBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if clauseOpeners[toks[j].w] {
			return false
		}
		if unmetPlan(toks, j) {
			return true
		}
	}
	return false
}

// offAt is true for a verb of offVerbs at toks[j] followed by "off" ("called
// off", "put off").
func offAt(toks []token, j int) bool {
	return offVerbs[toks[j].w] && j+1 < len(toks) && toks[j+1].w == "off" && !toks[j+1].brk
}

// unmetPlan is true for a plan word at toks[j] told as one that was not
// carried out: "had been due to", "had planned to", "was meant to", "was
// supposed to", "were to have", or with "originally" / "initially" before it.
func unmetPlan(toks []token, j int) bool {
	w := toks[j].w
	if w == "to" && j+1 < len(toks) && toks[j+1].w == "have" && j > 0 && (toks[j-1].w == "was" || toks[j-1].w == "were") {
		return true // "was to have visited X"
	}
	if w == "have" && j > 0 && (toks[j-1].w == "would" || toks[j-1].w == "could") {
		return true // "would have flown to X"
	}
	if !planWords[w] || j+1 >= len(toks) || toks[j+1].w != "to" {
		return false
	}
	if j >= 2 && toks[j-1].w == "been" && (toks[j-2].w == "had" || toks[j-2].w == "'d") {
		return true
	}
	if j >= 1 && toks[j-1].w == "had" && w != "due" && w != "set" && w != "expected" {
		return true // "had planned to", "had hoped to"
	}
	if j >= 1 && (toks[j-1].w == "was" || toks[j-1].w == "were") && (w == "meant" || w == "supposed") {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if toks[k].w == "originally" || toks[k].w == "initially" {
			return true
		}
	}
	return false
}

// numberAfter is true when a number follows toks[j] ("May 5": a month, not a
// modal).
func numberAfter(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	c := toks[j+1].w[0]
	return c >= '0' && c <= '9'
}
