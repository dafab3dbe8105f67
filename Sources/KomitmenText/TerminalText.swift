/// Text from the repository made safe to print on a terminal, and measured the way a terminal
/// lays it out.
public enum TerminalText {
    /// The text with every character `TextSafety` flags written as a visible escape (`\n`, `\t`,
    /// `\u{1B}`, `\u{202E}`), so a file name, a name or a source line can neither drive the
    /// terminal nor break the one-line `path:line:col:` format. `keepTabs` leaves tabs as they are
    /// (source lines, where the caret's padding repeats them).
    public static func escape(_ text: String, keepTabs: Bool = false) -> String {
        guard text.utf8.contains(where: TextSafety.mayFlag) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if scalar == "\t" && keepTabs {
                output.unicodeScalars.append(scalar)
            } else if let visible = visible(scalar) {
                output += visible
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The visible form of a flagged character; nil for any other.
    public static func visible(_ scalar: Unicode.Scalar) -> String? {
        guard TextSafety.kind(of: scalar) != nil else { return nil }
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// The number of terminal columns the text takes: East Asian wide and fullwidth characters and
    /// emoji take two, combining marks and other zero-width characters none.
    public static func width(_ text: String) -> Int {
        // ASCII text (most names and every number) is one column a byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + width($1) }
    }

    /// The columns of one character (grapheme cluster): an emoji sequence joined with ZWJ, a flag or
    /// an emoji made so by U+FE0F is one picture two columns wide; otherwise the sum of its scalars.
    public static func width(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.properties.isEmojiPresentation || (first.properties.isEmoji && scalars.contains("\u{FE0F}")) {
            return 2
        }
        return scalars.reduce(0) { $0 + width($1) }
    }

    /// The columns of one scalar on its own.
    public static func width(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if let visible = visible(scalar) { return visible.utf8.count }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        // Hangul medial vowels and final consonants join the syllable.
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(value) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, UAX #11), the ones text in names uses.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The text cut to at most `maxWidth` columns, ending in `…` when it was cut. Whole characters
    /// only, so no emoji or accent is split.
    public static func truncate(_ text: String, toWidth maxWidth: Int) -> String {
        guard maxWidth > 0 else { return "" }
        if text.utf8.count <= maxWidth && text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        guard width(text) > maxWidth else { return text }
        var output = ""
        var used = 0
        for character in text {
            let columns = width(character)
            if used + columns > maxWidth - 1 { break }
            output.append(character)
            used += columns
        }
        return output + "…"
    }
}
