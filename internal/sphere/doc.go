// Package sphere is the one home of the spherical geometry on lon/lat
// points that the story model, the map and the app share: longitudes kept
// continuous across the antimeridian (Unwrap), and great-circle arcs
// (GreatCircle, in its own file).
//
// Lines here carry continuous longitudes: a line that crosses the
// antimeridian goes past ±180 (179 then 181) instead of jumping by a whole
// turn, so that a map draws it as the short arc, not as a line across the
// world.
package sphere
