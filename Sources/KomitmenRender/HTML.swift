import KomitmenCore

/// Markup, as the summary and the served pages are built: a literal's text is markup, and what is
/// interpolated into it is escaped (a `String`, a number, a quarter, a date, a phrase in a
/// language) unless it is `HTML` already, which is embedded as it is. So text from a repository,
/// a form or a request cannot become markup by a forgotten call: forgetting is not possible.
///
/// The one way to make markup of a string that is not a literal is `HTML(trusted:)`, for the
/// project's own style sheets; `HTMLSourceRulesTests` keeps it to the files allowed to call it.
/// Not `CustomStringConvertible`: markup leaves as `markup`, never by a string interpolation.
public struct HTML: Sendable, Hashable {
    /// The markup, ready to send.
    public private(set) var markup: String

    /// No markup.
    public init() { markup = "" }

    /// Text, escaped: `a < b` becomes `a &lt; b`.
    public init(text: String) {
        markup = ""
        Self.escape(text, into: &markup)
    }

    /// Markup from a string as it is, never escaped: only for the project's own constants (its
    /// style sheets), never for anything read or received.
    public init(trusted markup: String) { self.markup = markup }

    public var isEmpty: Bool { markup.isEmpty }
    /// The markup's size in bytes, as sent.
    public var byteCount: Int { markup.utf8.count }

    public mutating func append(_ other: HTML) { markup += other.markup }
    public mutating func reserveCapacity(_ bytes: Int) { markup.reserveCapacity(bytes) }

    public static func + (left: HTML, right: HTML) -> HTML { HTML(trusted: left.markup + right.markup) }
    public static func += (left: inout HTML, right: HTML) { left.markup += right.markup }
}

extension HTML: ExpressibleByStringInterpolation {
    /// A literal is markup. `StaticString`, so only a literal written in the source is: no string
    /// made at run time can pass as one.
    public init(stringLiteral literal: StaticString) {
        markup = ""
        Self.append(literal, to: &markup)
    }

    public init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    /// Literal segments are markup; every value interpolated is escaped but `HTML`.
    public struct Interpolation: StringInterpolationProtocol {
        var markup: String

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup = ""
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: StaticString) { HTML.append(literal, to: &markup) }
        /// Markup, as it is.
        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        /// Text or an attribute value, escaped.
        public mutating func appendInterpolation(_ text: String) { HTML.escape(text, into: &markup) }
        public mutating func appendInterpolation(_ text: Substring) { HTML.escape(String(text), into: &markup) }
        public mutating func appendInterpolation<Number: BinaryInteger>(_ number: Number) {
            markup += String(number)
        }
        public mutating func appendInterpolation(_ quarter: Quarter) { HTML.escape(quarter.description, into: &markup) }
        public mutating func appendInterpolation(_ date: CalendarDate) { HTML.escape(date.description, into: &markup) }
        /// A phrase in `language`, escaped.
        public mutating func appendInterpolation(_ phrase: Phrase, in language: Language) {
            HTML.escape(phrase.text(language), into: &markup)
        }
    }
}

extension Sequence where Element == HTML {
    /// The pieces one after another, `separator` between them.
    public func joined(separator: HTML = HTML()) -> HTML {
        var joined = HTML()
        var first = true
        for piece in self {
            if !first { joined.append(separator) }
            first = false
            joined.append(piece)
        }
        return joined
    }
}

extension HTML {
    /// The one HTML escaper, for text and attribute values (quotes too). Control characters are
    /// not allowed in HTML, and bidirectional controls would reorder the page's text: they are
    /// shown as visible escapes (`\u{202E}`). Line breaks and tabs stay.
    static func escape(_ text: String, into output: inout String) {
        // Most text (names, numbers, ids) has nothing to escape: copied as it is.
        if text.utf8.allSatisfy(Self.isPlain) {
            output += text
            return
        }
        output.reserveCapacity(output.utf8.count + text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n", "\r", "\t": output.unicodeScalars.append(scalar)
            default:
                if let visible = TerminalText.visible(scalar) {
                    output += visible
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }

    /// A printable ASCII byte that needs no escape, or a line break or tab.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27: false  // & < > " '
        case 0x20..<0x7F, 0x0A, 0x0D, 0x09: true
        default: false
        }
    }

    private static func append(_ literal: StaticString, to markup: inout String) {
        literal.withUTF8Buffer { markup += String(decoding: $0, as: UTF8.self) }
    }
}
