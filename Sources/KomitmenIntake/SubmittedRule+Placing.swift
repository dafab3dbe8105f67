import KomitmenApp
import KomitmenCore
import KomitmenYAML

/// Where the server writes its date into a body that has none: a line of its own after `period:`
/// (block style, `SubmittedRule.inserting`), an entry after the period's value inside a flow
/// mapping (`{"signatory": …, "period": …}`), or the empty value of a `submitted:` left blank (as
/// the template leaves it). Every placing keeps the rest of the body byte for byte, and is used
/// only when the body read again holds the same keys and values with the date added
/// (`insertionHolds`).
extension SubmittedRule {
    /// A body with the date written in, and where.
    struct Placed {
        var bytes: [UInt8]
        var written: DateWritten
    }

    /// Where the date went, to place the changed body's diagnostics as in the body sent.
    enum DateWritten: Equatable {
        /// A line of its own, now line `line`.
        case line(Int)
        /// Within line `line`: `removed` scalars from `column` replaced by `inserted` scalars.
        case within(line: Int, column: Int, removed: Int, inserted: Int)

        /// `diagnostics` of the changed body, placed as in the body the client sent.
        func asSent(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            switch self {
            case .line(let line):
                return SubmittedRule.removingLine(line, from: diagnostics)
            case .within(let line, let column, let removed, let inserted):
                return diagnostics.map { diagnostic in
                    var moved = diagnostic
                    if moved.mark.line == line && moved.mark.column > column {
                        // A position inside the date is the date's own: where it was written.
                        moved.mark.column =
                            moved.mark.column >= column + inserted ? moved.mark.column - inserted + removed : column
                    }
                    return moved
                }
            }
        }
    }

    /// The ways of writing `date` into `bytes`, the likeliest first: a body with an empty
    /// `submitted:` gets it in that value; one without `submitted` after `period:`, as a line of
    /// its own or (a flow mapping) as an entry.
    static func placings(_ date: CalendarDate, into bytes: [UInt8], root: Node?) -> [Placed] {
        guard let pairs = root?.mapping else { return [] }
        if let submitted = pairs.first(where: { $0.key.scalar?.value == "submitted" }) {
            guard isBlank(submitted.value) else { return [] }
            return filling(date, into: bytes, submitted).map { [$0] } ?? []
        }
        if let flow = insertingInFlow(date, into: bytes, root: root) { return [flow] }
        return inserting(date, into: bytes, root: root).map { [Placed(bytes: $0.bytes, written: .line($0.line))] }
            ?? []
    }

    /// A value left blank as a person sees it: `submitted:`, `submitted: ~`, `submitted: null`
    /// (plain, untagged; `""` is text, not blank).
    static func isBlank(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain, node.tag == nil else { return false }
        return CoreSchema.isNull(scalar.value)
    }

    /// The date in the blank value of `submitted`: `~` or `null` replaced, or (an empty value,
    /// which libyaml places just after the `:` in block style, at the next `,` or `}` in flow
    /// style) the date written there after a space.
    static func filling(_ date: CalendarDate, into bytes: [UInt8], _ submitted: Node.Pair) -> Placed? {
        guard let written = submitted.value.scalar else { return nil }
        let source = SourceText(path: "", bytes: bytes)
        let index = source.lineIndex()
        guard let key = source.byteOffset(of: submitted.key.mark, in: index),
            let at = source.byteOffset(of: submitted.value.mark, in: index), key < at
        else { return nil }
        let old = Array(written.value.utf8)
        guard at + old.count <= bytes.count, bytes[at..<at + old.count].elementsEqual(old) else { return nil }
        var text = dateText(date, like: submitted.key)
        if old.isEmpty && bytes[at - 1] != 0x20 && bytes[at - 1] != 0x09 { text = " " + text }
        let mark = submitted.value.mark
        return Placed(
            bytes: Array(bytes[..<at]) + Array(text.utf8) + Array(bytes[(at + old.count)...]),
            written: .within(line: mark.line, column: mark.column, removed: old.count, inserted: text.utf8.count))
    }

    /// A root flow mapping (`{"signatory": "polda-ntt", "period": "2026-Q4", …}`, on one line or
    /// several) with `, "submitted": "DATE"` written just after the period's value, inside the
    /// braces; nil when the root is not a flow mapping or the value's end cannot be told.
    static func insertingInFlow(_ date: CalendarDate, into bytes: [UInt8], root: Node?) -> Placed? {
        guard let root, let pair = root.mapping?.first(where: { $0.key.scalar?.value == "period" }),
            let value = pair.value.scalar, pair.value.tag == nil
        else { return nil }
        let source = SourceText(path: "", bytes: bytes)
        let index = source.lineIndex()
        // The root's mark is its `{` only for a flow mapping (a block mapping's is its first key).
        guard let open = source.byteOffset(of: root.mark, in: index), open < bytes.count, bytes[open] == 0x7B,
            let key = source.byteOffset(of: pair.key.mark, in: index),
            let start = source.byteOffset(of: pair.value.mark, in: index), open < key, key < start,
            let end = scalarEnd(in: bytes, from: start, value)
        else { return nil }
        let text = ", " + keyText(like: pair.key) + ": " + dateText(date, like: pair.key)
        let mark = source.mark(atByteOffset: end, in: index)
        return Placed(
            bytes: Array(bytes[..<end]) + Array(text.utf8) + Array(bytes[end...]),
            written: .within(line: mark.line, column: mark.column, removed: 0, inserted: text.utf8.count))
    }

    /// The byte just after a flow scalar that starts at `start`: its closing quote, or (plain) its
    /// text when the bytes there are exactly that text; nil otherwise (a plain value folded over
    /// lines, an anchor before it, a quote never closed).
    static func scalarEnd(in bytes: [UInt8], from start: Int, _ scalar: Node.Scalar) -> Int? {
        switch scalar.style {
        case .plain:
            let text = Array(scalar.value.utf8)
            guard !text.isEmpty, start + text.count <= bytes.count,
                bytes[start..<start + text.count].elementsEqual(text)
            else { return nil }
            return start + text.count
        case .doubleQuoted, .singleQuoted:
            let quote: UInt8 = scalar.style == .doubleQuoted ? 0x22 : 0x27
            guard start < bytes.count, bytes[start] == quote else { return nil }
            var index = start + 1
            while index < bytes.count {
                if scalar.style == .doubleQuoted && bytes[index] == 0x5C {
                    // `\"` and `\\` do not end the text.
                    index += 2
                    continue
                }
                if bytes[index] == quote {
                    // `''` is a quote inside single quotes.
                    if scalar.style == .singleQuoted && index + 1 < bytes.count && bytes[index + 1] == quote {
                        index += 2
                        continue
                    }
                    return index + 1
                }
                index += 1
            }
            return nil
        case .literal, .folded:
            return nil
        }
    }

    /// The date as the body writes its keys: double-quoted beside a double-quoted key (JSON).
    static func dateText(_ date: CalendarDate, like key: Node) -> String {
        key.scalar?.style == .doubleQuoted ? "\"\(date)\"" : "\(date)"
    }

    static func keyText(like key: Node) -> String {
        key.scalar?.style == .doubleQuoted ? "\"submitted\"" : "submitted"
    }
}

extension SubmittedRule {
    /// The refusal of a body the server could not safely write its date into: the core's "missing
    /// field" (or "no value") for `submitted` said instead as what to write. Alone, it is the
    /// whole answer (`submittedNeeded`); with other errors, one diagnostic among them.
    static func noPlace(for date: CalendarDate, in diagnostics: [Diagnostic]) -> IntakeFailure {
        var said: Diagnostic?
        let listed = diagnostics.map { diagnostic in
            guard Report.isMissing("submitted", diagnostic) else { return diagnostic }
            var clear = diagnostic
            clear.message = IntakeWords.noPlaceForTheDate(date)
            clear.hint = IntakeWords.writeSubmittedAfterPeriod(date)
            said = clear
            return clear
        }
        let errors = listed.count { $0.severity == .error }
        if errors == 1, let said { return .submittedNeeded(said, expected: date) }
        return Intake.invalid(listed)
    }
}
