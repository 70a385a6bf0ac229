import CNcursesw
import StorylineBrowser

/// ncurses mouse button masks (from the C shim) and what they mean to the browser.
struct MouseDecoder: Sendable {
    let doubleClick: UInt32
    let click: UInt32
    let press: UInt32
    let wheelUp: UInt32
    let wheelDown: UInt32

    /// The masks of the linked ncurses.
    static let ncurses = MouseDecoder(
        doubleClick: UInt32(storyline_button1_double_clicked()),
        click: UInt32(storyline_button1_clicked()),
        press: UInt32(storyline_button1_pressed()),
        wheelUp: UInt32(storyline_button4_pressed()),
        wheelDown: UInt32(storyline_button5_pressed()))

    /// The events asked of ncurses: clicks, double clicks and the wheel (no motion).
    var requested: UInt32 { doubleClick | click | wheelUp | wheelDown }

    /// The event for a button state at a cell, nil for states the browser does not use.
    func decode(buttonState: UInt32, x: Int, y: Int) -> MouseEvent? {
        let kind: MouseKind
        if buttonState & doubleClick != 0 {
            kind = .doubleClick
        } else if buttonState & (click | press) != 0 {
            kind = .click
        } else if buttonState & wheelUp != 0 {
            kind = .wheelUp
        } else if buttonState & wheelDown != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(x: x, y: y, kind: kind)
    }
}
