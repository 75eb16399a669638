package app

// editState is the state of the editing dialogs added for routes, claims
// and step pickers, and of drawing a route on the map: the forms last
// shown (tests drive their widgets) and the drawing under way, if any.
type editState struct {
	// route is the route dialog last shown.
	route *routeForm
	// newRoute is the New route form last shown.
	newRoute *newRouteForm
	// drawing is the route being drawn on the map, nil when none.
	drawing *routeDrawing
	// claims is the claims dialog last shown; addClaim the Add claim one.
	claims   *claimForm
	addClaim *addClaimForm
	// pickers are the Edit step dialog's checklists (places, claims,
	// sources).
	pickers stepPickers
}
