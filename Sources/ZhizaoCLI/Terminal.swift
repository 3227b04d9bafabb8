/// Text layout for the terminal, where CJK characters take two columns.
enum Terminal {
    /// Columns `text` takes in a terminal.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, s in
            switch s.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                total + 2
            case 0x0300...0x036F, 0x200B...0x200F: total
            default: total + 1
            }
        }
    }

    /// `text` padded with spaces to `columns` terminal columns.
    static func pad(_ text: String, _ columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - width(text)))
    }
}
