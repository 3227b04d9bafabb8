/// Which cell styles show a number as a date: from `xl/styles.xml`, each cell format (`cellXfs/xf`) names a
/// number format, built in by id or custom (`numFmts/numFmt`) by its code.
struct NumberFormats: Sendable {
    /// For each style index a cell's `s` attribute gives, whether it formats numbers as dates.
    private(set) var dateStyles: [Bool] = []

    init(dateStyles: [Bool] = []) {
        self.dateStyles = dateStyles
    }

    /// Whether the style index `style` is a date format.
    func isDate(style: Int) -> Bool {
        style >= 0 && style < dateStyles.count && dateStyles[style]
    }

    /// Built-in number formats that are dates: 14-17 and 22 everywhere (`m/d/yyyy`, `d-mmm-yy`, …), and those
    /// Excel on Chinese Windows adds, 27-36 and 50-58 (`yyyy"年"m"月"d"日"`, …). 18-21 and 45-47 are times of day.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...17).contains(id) || id == 22 || (27...36).contains(id) || (50...58).contains(id)
    }

    /// Whether a custom format code shows a date: after dropping quoted text, escaped characters and bracketed
    /// parts (colours, locales), it has a year or day, or a month without hours or seconds (`m` alone is a minute
    /// next to `h` or `s`).
    static func isDateCode(_ code: String) -> Bool {
        var letters = Set<Character>()
        var quoted = false, bracketed = false, escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case ";" where !quoted && !bracketed:
                // Only the first section (positive numbers) decides.
                return isDate(letters)
            default:
                if !quoted, !bracketed { letters.insert(character) }
            }
        }
        return isDate(letters)
    }

    private static func isDate(_ letters: Set<Character>) -> Bool {
        letters.contains("y") || letters.contains("d") || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
            && !letters.contains("0") && !letters.contains("#")
    }
}
