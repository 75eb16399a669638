package story

// MapIsImage reports whether the story's coordinates are positions on an
// image rather than on the Earth: a StoryMapJS story made with
// "map_as_image" or a zoomify image, kept in Extra["storymap"] by the
// import. why says which. Such a story must not be drawn on the world map.
func (s *Story) MapIsImage() (yes bool, why string) {
	if s == nil {
		return false, ""
	}
	opts, _ := s.Extra["storymap"].(map[string]any)
	if v, _ := opts["map_as_image"].(bool); v {
		return true, `StoryMapJS "map_as_image" is on`
	}
	if z, ok := opts["zoomify"].(map[string]any); ok {
		if p, _ := z["path"].(string); p != "" {
			return true, "StoryMapJS zoomify image " + p
		}
	}
	return false, ""
}
