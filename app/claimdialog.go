package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// claimForm is the Claims dialog's widgets (tests drive them).
type claimForm struct {
	pick    *widget.Select    // the claim shown
	ids     map[string]string // pick's label -> claim id
	found   map[string]bool   // ids of discovered claims
	detail  *fyne.Container
	label   *widget.Entry
	rename  *widget.Button
	checks  []*widget.Check // the claim's matchers, checked to split off
	split   *widget.Button
	from    *widget.Select // another claim to merge into this one
	merge   *widget.Button
	reject  *widget.Button
	add     *widget.Button
	current string // id of the claim shown
	dlg     *dialog.CustomDialog
}

// ShowClaims opens the Claims dialog: choose a claim, then rename it, split
// some of its matchers into a new claim, merge another claim into it, or
// reject it (a claim Storylens discovered in the articles too); Add claim…
// writes a new one. Each change is one undoable edit; the dialog stays
// open on the claim.
func (u *UI) ShowClaims() {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	f := &claimForm{detail: container.NewVBox()}
	f.pick = widget.NewSelect(nil, func(label string) {
		if id, ok := f.ids[label]; ok {
			f.current = id
			u.refreshClaimForm()
		}
	})
	f.pick.PlaceHolder = "(choose a claim)"
	f.add = widget.NewButtonWithIcon("Add claim…", theme.ContentAddIcon(), func() {
		f.dlg.Hide()
		u.ShowAddClaim()
	})
	closeBtn := widget.NewButton("Close", func() { f.dlg.Hide() })
	top := widget.NewForm(widget.NewFormItem("Claim", f.pick))
	content := container.NewBorder(top, nil, nil, nil, container.NewVScroll(f.detail))
	f.dlg = dialog.NewCustomWithoutButtons("Claims", content, u.win)
	f.dlg.SetButtons([]fyne.CanvasObject{f.add, closeBtn})
	u.fitDialog(f.dlg, fyne.NewSize(680, 560))
	u.ed.claims, u.ed.claimsOpen = f, true
	f.dlg.SetOnClosed(func() {
		if u.ed.claims == f {
			u.ed.claimsOpen = false
		}
	})
	if sel := u.nav.Selection(); sel.Kind == SelClaim {
		f.current = sel.ID
	}
	u.refreshClaimForm()
	f.dlg.Show()
}

// claimLabel names a claim in the picker.
func claimLabel(id, label string, discovered bool) string {
	if discovered {
		return fmt.Sprintf("%s (%s, discovered)", label, id)
	}
	return fmt.Sprintf("%s (%s)", label, id)
}

// refreshClaimForm lists the claims as they are now and shows the current
// one's actions.
func (u *UI) refreshClaimForm() {
	f := u.ed.claims
	if f == nil || u.doc == nil {
		return
	}
	s := u.doc.editor.View()
	f.ids, f.found = map[string]string{}, map[string]bool{}
	var labels []string
	selected := ""
	addOpt := func(id, label string, found bool) {
		l := claimLabel(id, label, found)
		f.ids[l] = id
		f.found[id] = found
		labels = append(labels, l)
		if id == f.current {
			selected = l
		}
	}
	for _, c := range s.Claims {
		addOpt(c.ID, c.Label, false)
	}
	if rep := u.nav.Report(); rep != nil {
		for _, c := range rep.Claims {
			if c.Origin == "discovered" && s.ClaimByID(c.ID) == nil {
				addOpt(c.ID, c.Label, true)
			}
		}
	}
	f.pick.OnChanged, f.pick.Options = nil, labels
	if selected == "" && len(labels) > 0 {
		selected = labels[0]
		f.current = f.ids[selected]
	}
	f.pick.SetSelected(selected)
	f.pick.OnChanged = func(label string) {
		if id, ok := f.ids[label]; ok {
			f.current = id
			u.refreshClaimForm()
		}
	}
	f.detail.Objects = nil
	f.checks = nil
	if selected == "" {
		f.detail.Add(widget.NewLabel("The story has no claim yet: Add claim… writes one."))
		f.detail.Refresh()
		return
	}
	id := f.current
	f.reject = widget.NewButtonWithIcon("Reject this claim", theme.DeleteIcon(), func() {
		op := edit.Op(edit.RejectClaim{ID: id})
		if f.found[id] {
			op = edit.RejectDiscoveredClaim{ID: id}
		}
		if u.applyOrExplain(op) {
			f.current = ""
		}
		u.refreshClaimForm()
	})
	f.reject.Importance = widget.DangerImportance
	c := s.ClaimByID(id)
	if c == nil { // discovered
		info := widget.NewLabel(u.discoveredText(id))
		info.Wrapping = fyne.TextWrapWord
		f.detail.Add(info)
		f.detail.Add(f.reject)
		f.detail.Refresh()
		return
	}
	f.label = widget.NewEntry()
	f.label.SetText(c.Label)
	f.rename = widget.NewButton("Rename", func() {
		u.applyOrExplain(edit.RenameClaim{ID: id, Label: strings.TrimSpace(f.label.Text)})
		u.refreshClaimForm()
	})
	f.detail.Add(widget.NewForm(widget.NewFormItem("Label", container.NewBorder(nil, nil, nil, f.rename, f.label))))
	f.detail.Add(widget.NewLabelWithStyle("Matchers (check some to split them off into a new claim)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, m := range c.Matchers {
		ch := widget.NewCheck(m, nil)
		f.checks = append(f.checks, ch)
		f.detail.Add(ch)
	}
	f.split = widget.NewButton("Split the checked matchers into a new claim", func() {
		var ms []string
		for _, ch := range f.checks {
			if ch.Checked {
				ms = append(ms, ch.Text)
			}
		}
		if len(ms) == 0 {
			u.showError(fmt.Errorf("split claim: check the matchers to move to the new claim first"))
			return
		}
		u.applyOrExplain(edit.SplitClaim{ID: id, Matchers: ms})
		u.refreshClaimForm()
	})
	if len(c.Matchers) < 2 {
		f.split.Disable()
	}
	f.detail.Add(f.split)
	var others []string
	otherIDs := map[string]string{}
	for _, o := range s.Claims {
		if o.ID != id {
			l := claimLabel(o.ID, o.Label, false)
			others = append(others, l)
			otherIDs[l] = o.ID
		}
	}
	f.from = widget.NewSelect(others, nil)
	f.from.PlaceHolder = "(another claim)"
	f.merge = widget.NewButton("Merge into this claim", func() {
		from, ok := otherIDs[f.from.Selected]
		if !ok {
			return
		}
		u.applyOrExplain(edit.MergeClaims{Into: id, From: from})
		u.refreshClaimForm()
	})
	f.detail.Add(widget.NewSeparator())
	f.detail.Add(container.NewBorder(nil, nil, widget.NewLabel("Merge"), f.merge, f.from))
	if c.Note != "" {
		note := widget.NewLabel("Note: " + c.Note)
		note.Wrapping = fyne.TextWrapWord
		f.detail.Add(note)
	}
	f.detail.Add(widget.NewSeparator())
	f.detail.Add(f.reject)
	f.detail.Refresh()
}

// discoveredText describes a claim Storylens discovered.
func (u *UI) discoveredText(id string) string {
	if rep := u.nav.Report(); rep != nil {
		for _, c := range rep.Claims {
			if c.ID == id {
				return fmt.Sprintf("Storylens found this claim shared by %s, %s. It has no matchers of its own; "+
					"reject it if it is not a claim of the story (it then stays rejected when the articles are analysed again).",
					lexicon.Count(len(c.Sources), "source"), lexicon.Count(len(c.Evidence), "sentence"))
			}
		}
	}
	return ""
}

// maxPreviewRows caps the sentences the Add claim preview lists.
const maxPreviewRows = 40

// addClaimForm is the Add claim dialog's widgets (tests drive them).
type addClaimForm struct {
	label, topic, matchers *widget.Entry
	count                  *widget.Label
	results                *fyne.Container
	lines                  []string // the preview's rows as shown
	gen                    int      // generation of the latest preview
	add                    *widget.Button
	dlg                    *dialog.CustomDialog
}

// splitMatchers reads the matchers entry: one matcher a line, blank lines
// skipped.
func splitMatchers(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// ShowAddClaim opens Add claim: a label, a topic and matchers (phrases, or
// /RE2/ expressions, one a line), with a live list of the sentences of the
// articles they match, updated as the user types.
func (u *UI) ShowAddClaim() {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	f := &addClaimForm{label: widget.NewEntry(), topic: widget.NewEntry(), matchers: widget.NewMultiLineEntry()}
	f.label.SetPlaceHolder("What the sources say, e.g. The talks lasted three hours")
	f.topic.SetPlaceHolder("optional, e.g. talks")
	f.matchers.SetPlaceHolder("one a line: a phrase, or /a regular expression/")
	f.matchers.SetMinRowsVisible(3)
	f.count = widget.NewLabel("")
	f.count.Wrapping = fyne.TextWrapWord
	f.results = container.NewVBox()
	f.matchers.OnChanged = func(string) { u.previewClaim(f) }
	f.add = widget.NewButton("Add claim", func() {
		label := strings.TrimSpace(f.label.Text)
		op := edit.AddClaim{ID: edit.UniqueID(u.doc.editor.View(), label), Label: label,
			Topic: strings.TrimSpace(f.topic.Text), Matchers: splitMatchers(f.matchers.Text), Note: "added by the user"}
		if u.applyOrExplain(op) {
			f.dlg.Hide()
		}
	})
	f.add.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { f.dlg.Hide() })
	form := widget.NewForm(widget.NewFormItem("Label", f.label), widget.NewFormItem("Topic", f.topic),
		widget.NewFormItem("Matchers", f.matchers))
	results := container.NewVScroll(f.results)
	content := container.NewBorder(container.NewVBox(form, f.count), nil, nil, nil, results)
	f.dlg = dialog.NewCustomWithoutButtons("Add claim", content, u.win)
	f.dlg.SetButtons([]fyne.CanvasObject{cancel, f.add})
	u.fitDialog(f.dlg, fyne.NewSize(760, 600))
	u.ed.addClaim = f
	u.previewClaim(f)
	f.dlg.Show()
	u.win.Canvas().Focus(f.label)
}

// previewClaim lists the sentences the typed matchers match. Matching
// runs off the UI thread (on a large story it takes tens of milliseconds,
// see BenchmarkPreview in story/edit) on the editor's current state, which
// no edit changes; a result overtaken by newer typing is dropped.
func (u *UI) previewClaim(f *addClaimForm) {
	f.gen++
	gen := f.gen
	ms := splitMatchers(f.matchers.Text)
	if len(ms) == 0 {
		f.results.Objects, f.lines = nil, nil
		f.count.Importance = widget.MediumImportance
		f.count.SetText("Type a matcher to see the sentences it matches.")
		f.results.Refresh()
		return
	}
	s := u.doc.editor.View()
	f.count.SetText("Matching…")
	u.goBackground(func() {
		matches, err := edit.Preview(s, ms)
		fyne.Do(func() {
			if gen == f.gen {
				showPreview(f, s, matches, err)
			}
		})
	})
}

// showPreview shows the result of a preview: the count (or the matcher's
// error) and one row a sentence, the match in bold.
func showPreview(f *addClaimForm, s *story.Story, matches []edit.Match, err error) {
	f.results.Objects, f.lines = nil, nil
	if err != nil {
		f.count.Importance = widget.DangerImportance
		f.count.SetText(err.Error())
		f.results.Refresh()
		return
	}
	f.count.Importance = widget.MediumImportance
	sources := map[string]bool{}
	for _, m := range matches {
		sources[m.Source] = true
	}
	f.count.SetText(lexicon.Count(len(matches), "sentence") + " in " + lexicon.Count(len(sources), "source") + " match.")
	for i, m := range matches {
		if i == maxPreviewRows {
			f.results.Add(widget.NewLabel(fmt.Sprintf("… and %d more", len(matches)-maxPreviewRows)))
			break
		}
		line := fmt.Sprintf("%s, line %d: %s", sourceName(s, m.Source), m.Line, m.Text)
		f.lines = append(f.lines, line)
		rt := widget.NewRichText(
			&widget.TextSegment{Text: fmt.Sprintf("%s, line %d: ", sourceName(s, m.Source), m.Line), Style: widget.RichTextStyleStrong},
			&widget.TextSegment{Text: m.Text[:m.Start], Style: widget.RichTextStyleInline},
			&widget.TextSegment{Text: m.Text[m.Start:m.End], Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}},
			&widget.TextSegment{Text: m.Text[m.End:], Style: widget.RichTextStyleInline},
		)
		rt.Wrapping = fyne.TextWrapWord
		f.results.Add(rt)
	}
	f.results.Refresh()
}

// sourceName names a source for a list: its outlet, else its title, else
// its id.
func sourceName(s *story.Story, id string) string {
	if src := s.SourceByID(id); src != nil {
		if src.Outlet != "" {
			return src.Outlet
		}
		if src.Title != "" {
			return src.Title
		}
	}
	return id
}
