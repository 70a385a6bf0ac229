/// Everything the browser can be asked to do; the reducer turns each into a new state.
public enum Action: Hashable, Sendable {
    /// One row (or line) down / up in the focused pane.
    case moveDown, moveUp
    /// One page down / up.
    case pageDown, pageUp
    /// Half a page down / up.
    case halfPageDown, halfPageUp
    /// First / last row.
    case top, bottom
    /// Tab / Shift-Tab.
    case nextPane, previousPane
    /// Focus one pane (1/2/3).
    case focus(Pane)
    /// Enter: on an event, jump to its first evidence sentence; on a quote, to its sentence.
    case activate
    /// Next / previous evidence sentence of the event, across articles.
    case nextEvidence, previousEvidence
    /// Next article reporting the event.
    case nextArticle
    /// Esc: back to the timeline (closes overlays, cancels search).
    case back
    /// q: back to the timeline, or quit when already there.
    case backOrQuit
    /// Quit at once (Q, Ctrl-C).
    case quit
    /// Open the actor picker.
    case openActorPicker
    /// Clear the actor filter.
    case clearActorFilter
    /// Set the actor filter to these actor ids (empty clears it).
    case setActorFilter([Int])
    /// Start typing a search of the focused pane.
    case startSearch
    /// Next / previous search match.
    case nextMatch, previousMatch
    /// Open or close the compare view of the selected event.
    case toggleCompare
    /// Open or close the help overlay.
    case toggleHelp
    /// Ask the program to redraw every cell (Ctrl-L).
    case redraw
    /// Ask the program to suspend (Ctrl-Z).
    case suspend
    /// The terminal has a new size.
    case resize(width: Int, height: Int)
    /// A mouse action.
    case mouse(MouseEvent)
    /// Editing the search query or the picker's filter text.
    case edit(TextEdit)
    /// Actor picker: toggle the highlighted actor.
    case pickerToggle
    /// Actor picker: apply the chosen actors.
    case pickerApply
}

/// An edit of a one-line text field (search query, picker filter).
public enum TextEdit: Hashable, Sendable {
    /// Type a character.
    case insert(Character)
    /// Delete the last character.
    case deleteBackward
    /// Accept (Enter).
    case accept
    /// Cancel (Esc).
    case cancel
}
