/// A position in a source file: 1-based line and column. Columns count Unicode scalars, as libyaml
/// counts them (a flag emoji is two, `e` with a combining accent two); the caret under a source line
/// is placed by terminal width (`DiagnosticFormatter.caretPadding`).
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Stored in 32 bits (files are at most a few megabytes): every node holds a mark, and a
    // smaller node is cheaper to copy.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// The start of a file: where problems with a whole file are reported.
    public static let fileStart = Mark(line: 1, column: 1)

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    public var description: String { "\(line):\(column)" }
}
