package app

// editState is the state of the editing dialogs added for routes, claims
// and step pickers, and of drawing a route on the map: the forms last
// shown (tests drive their widgets) and the drawing under way, if any.
type editState struct {
	// route is the route dialog last shown; routeOpen is true while it is
	// shown (an Undo then redraws it).
	route     *routeForm
	routeOpen bool
	// newRoute is the New route form last shown.
	newRoute *newRouteForm
	// drawing is the route being drawn on the map, nil when none.
	drawing *routeDrawing
	// claims is the claims dialog last shown, claimsOpen true while it is
	// shown; addClaim is the Add claim dialog last shown.
	claims     *claimForm
	claimsOpen bool
	addClaim   *addClaimForm
	// pickers are the Edit step dialog's checklists (places, claims,
	// sources).
	pickers stepPickers
}

// refreshOpenForms redraws the route and claims dialogs while they are
// shown, after any edit, undo or redo.
func (u *UI) refreshOpenForms() {
	if u.ed.routeOpen {
		u.refreshRouteForm()
	}
	if u.ed.claimsOpen {
		u.refreshClaimForm()
	}
}
