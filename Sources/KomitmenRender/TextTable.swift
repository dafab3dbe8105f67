import KomitmenCore

/// ANSI SGR styles for terminal output; applied only when the renderer was asked for colour.
public enum ANSIStyle: String, Sendable {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
    case boldGreen = "1;32"
    case boldRed = "1;31"

    public func paint(_ text: String, enabled: Bool) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
    }

    public static func of(_ state: FilingState) -> ANSIStyle {
        switch state {
        case .onTime: .green
        case .late: .yellow
        case .missing: .boldRed
        case .notDue: .cyan
        case .notExpected: .dim
        }
    }

    public static func of(_ status: IndicatorStatus) -> ANSIStyle {
        switch status {
        case .achieved: .boldGreen
        case .onTrack: .green
        case .atRisk: .yellow
        case .offTrack: .red
        case .noData: .dim
        }
    }
}

/// Columns of plain text padded to line up, with colour added after padding so escape codes
/// never throw the alignment off. Cells are escaped for the terminal (`TerminalText`), measured
/// in display columns (CJK and emoji take two) and cut to `maxWidth` columns with `…`, so one
/// long name cannot widen a whole table.
struct TextTable {
    /// The widest a cell is shown, in columns: a long name is cut, its full text stays in the
    /// JSON, CSV and HTML forms. Wide enough for every real name seen (the longest shipped one,
    /// a provincial parliament's, is 59), narrow enough that a pasted paragraph cannot push the
    /// numbers off the screen.
    static let defaultMaxWidth = 60

    enum Alignment { case left, right }

    struct Cell {
        var text: String
        var style: ANSIStyle?

        init(_ text: String, _ style: ANSIStyle? = nil) {
            self.text = text
            self.style = style
        }
    }

    var alignments: [Alignment]
    var header: [String]?
    var rows: [[Cell]] = []
    var maxWidth: Int

    init(_ alignments: [Alignment], header: [String]? = nil, maxWidth: Int = Self.defaultMaxWidth) {
        self.alignments = alignments
        self.header = header
        self.maxWidth = maxWidth
    }

    mutating func add(_ cells: [Cell]) { rows.append(cells) }
    mutating func add(_ texts: String...) { rows.append(texts.map { Cell($0) }) }

    /// The table's lines, each starting with `indent` spaces, columns two spaces apart.
    func lines(indent: Int = 2, color: Bool) -> [String] {
        let all = ((header.map { [$0.map { Cell($0, .bold) }] } ?? []) + rows).map { row in
            row.map { cell in
                let text = TerminalText.truncate(TerminalText.escape(cell.text), toWidth: maxWidth)
                return (cell: Cell(text, cell.style), width: TerminalText.width(text))
            }
        }
        var widths = Array(repeating: 0, count: alignments.count)
        for row in all {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.width)
            }
        }
        return all.map { row in
            var line = String(repeating: " ", count: indent)
            for (column, (cell, width)) in row.enumerated() where column < widths.count {
                let padding = String(repeating: " ", count: widths[column] - width)
                let painted = cell.style?.paint(cell.text, enabled: color) ?? cell.text
                let isLast = column == row.count - 1
                switch alignments[column] {
                case .left: line += painted + (isLast ? "" : padding)
                case .right: line += padding + painted
                }
                if !isLast { line += "  " }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
