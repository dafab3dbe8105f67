import KomitmenYAML

/// Writes reader events in the YAML test suite's `test.event` notation, one event a line.
enum EventFormatter {
    static func line(_ event: YAMLEvent) -> String {
        switch event.kind {
        case .streamStart: return "+STR"
        case .streamEnd: return "-STR"
        case .documentStart(let implicit): return implicit ? "+DOC" : "+DOC ---"
        case .documentEnd(let implicit): return implicit ? "-DOC" : "-DOC ..."
        case .alias(let anchor): return "=ALI *\(anchor)"
        case .sequenceStart(let anchor, let tag, let flow):
            return "+SEQ" + (flow ? " []" : "") + properties(anchor, tag)
        case .sequenceEnd: return "-SEQ"
        case .mappingStart(let anchor, let tag, let flow):
            return "+MAP" + (flow ? " {}" : "") + properties(anchor, tag)
        case .mappingEnd: return "-MAP"
        case .scalar(let value, let style, let anchor, let tag):
            return "=VAL" + properties(anchor, tag) + " " + indicator(style) + escaped(value)
        }
    }

    /// The whole stream as `test.event` holds it: every line ends with a line break.
    static func text(_ events: [YAMLEvent]) -> String {
        events.map { line($0) + "\n" }.joined()
    }

    private static func properties(_ anchor: String?, _ tag: String?) -> String {
        (anchor.map { " &\($0)" } ?? "") + (tag.map { " <\($0)>" } ?? "")
    }

    private static func indicator(_ style: ScalarStyle) -> String {
        switch style {
        case .plain: ":"
        case .singleQuoted: "'"
        case .doubleQuoted: "\""
        case .literal: "|"
        case .folded: ">"
        }
    }

    /// The suite's escapes: backslash, NUL, backspace, line feed, carriage return and tab.
    static func escaped(_ value: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\u{0}": result += "\\0"
            case "\u{8}": result += "\\b"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
