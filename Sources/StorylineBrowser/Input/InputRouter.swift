extension BrowserState {
    /// The action an input event stands for in the current mode: the picker and the search
    /// field take typed characters; the help overlay closes on any key; otherwise the key map.
    public func action(for event: InputEvent) -> Action? {
        switch event {
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouse(let mouse): return .mouse(mouse)
        case .key(let key): return action(for: key)
        }
    }

    func action(for key: Key) -> Action? {
        if key == .control("c") { return .quit }
        if picker != nil {
            switch key {
            case .character(" "): return .pickerToggle
            case .character(let c): return .edit(.insert(c))
            case .backspace, .delete: return .edit(.deleteBackward)
            case .enter: return .pickerApply
            case .escape: return .edit(.cancel)
            case .down, .control("n"): return .moveDown
            case .up, .control("p"): return .moveUp
            case .pageDown: return .pageDown
            case .pageUp: return .pageUp
            case .home: return .top
            case .end: return .bottom
            default: return nil
            }
        }
        if let active = search, active.isEditing {
            switch key {
            case .character(let c): return .edit(.insert(c))
            case .backspace, .delete: return .edit(.deleteBackward)
            case .enter: return .edit(.accept)
            case .escape: return .edit(.cancel)
            default: return KeyMap.action(for: key)
            }
        }
        if overlay == .help {
            // Movement keys scroll help that does not fit; any other key closes it.
            switch KeyMap.action(for: key) {
            case .moveDown?, .moveUp?, .pageDown?, .pageUp?, .halfPageDown?, .halfPageUp?, .top?, .bottom?:
                return KeyMap.action(for: key)
            case .quit?:
                return .quit
            default:
                return .toggleHelp
            }
        }
        return KeyMap.action(for: key)
    }
}
