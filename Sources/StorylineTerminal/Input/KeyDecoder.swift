import StorylineBrowser

/// What one `wget_wch` result means.
public enum DecodedInput: Hashable, Sendable {
    /// A key for the browser.
    case key(Key)
    /// A mouse event is waiting: read it with getmouse.
    case mouse
    /// The terminal changed size: read the new size.
    case resize
    /// Nothing the browser uses (NUL, stray codes).
    case ignored
}

/// Turns ncurses input codes into keys. Pure, so it is tested without a terminal.
struct KeyDecoder: Sendable {
    let table: KeyCodeTable

    /// Decodes `code`: a key code when `isKeyCode` (wget_wch returned KEY_CODE_YES),
    /// else a character (raw mode, so Ctrl-C arrives here as 0x03, not as SIGINT).
    func decode(_ code: UInt32, isKeyCode: Bool) -> DecodedInput {
        if isKeyCode {
            let value = Int32(truncatingIfNeeded: code)
            if value == table.resize { return .resize }
            if value == table.mouse { return .mouse }
            if let key = table.keys[value] { return .key(key) }
            return .ignored
        }
        switch code {
        case ControlCharacterTable.lineFeed, ControlCharacterTable.carriageReturn:
            return .key(.enter)
        case ControlCharacterTable.tab:
            return .key(.tab)
        case ControlCharacterTable.backspace, ControlCharacterTable.delete:
            return .key(.backspace)
        case ControlCharacterTable.escape:
            return .key(.escape)
        case ControlCharacterTable.controlLetters:
            let letter = Character(Unicode.Scalar(UInt8(0x60 + code)))
            return .key(.control(letter))
        case 0..<0x20, 0x80...0x9F:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
