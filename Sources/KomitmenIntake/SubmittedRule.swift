import KomitmenApp
import KomitmenCore
import KomitmenYAML

/// DESIGN's `submitted:` rule: the server owns the date. Absent or left blank, the server writes
/// it (the body kept byte for byte otherwise; `SubmittedRule+Placing.swift`); present, it must be
/// the day of receipt, or for a replacement the date already stored, or (the secretariat filing on
/// a signatory's behalf) any earlier day.
struct SubmittedRule {
    /// The day of receipt, in the declaration's time zone.
    var receiptDate: CalendarDate
    /// The date the report already on file carries (a replacement keeps it).
    var storedDate: CalendarDate?
    var onBehalf: Bool

    /// The date written when the body has none.
    var dateToInsert: CalendarDate { storedDate ?? receiptDate }

    /// nil when `date` may stand; else the date to write.
    func problem(with date: CalendarDate) -> CalendarDate? {
        if date == receiptDate || date == storedDate { return nil }
        if onBehalf && date < receiptDate { return nil }
        return dateToInsert
    }

    func diagnostic(_ node: Node, expected: CalendarDate) -> Diagnostic {
        let why =
            storedDate == expected
            ? IntakeWords.correctionKeepsDate(expected)
            : IntakeWords.serverReceivedOn(expected)
        let written = node.scalar?.value ?? ""
        return node.error(
            .submittedNotFilingDate,
            IntakeWords.notThisFilingsDate(written, why),
            hint: IntakeWords.writeOrLeaveOutSubmitted(expected))
    }

    /// The body with `submitted: DATE` inserted on the line after `period:`'s value, indented as
    /// `period:` is, with the body's own line ending, and the number of the line inserted; nil
    /// when there is no such place (the root is not a mapping, or `period:` is missing).
    static func inserting(_ date: CalendarDate, into bytes: [UInt8], root: Node?) -> (bytes: [UInt8], line: Int)? {
        guard let pairs = root?.mapping, let pair = pairs.first(where: { $0.key.scalar?.value == "period" }),
            pair.key.mark.column >= 1, pair.key.mark.column <= 200
        else { return nil }
        let crlf = bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D } ?? false
        let ending: [UInt8] = crlf ? [0x0D, 0x0A] : [0x0A]
        let line =
            Array(String(repeating: " ", count: pair.key.mark.column - 1).utf8) + Array("submitted: \(date)".utf8)
        // The end of the value's line: after its line break (libyaml counts lines by \n; a lone \r
        // file is left to the check after the insertion).
        var newlines = 0
        var index = bytes.startIndex
        while index < bytes.endIndex && newlines < pair.value.mark.line {
            if bytes[index] == 0x0A { newlines += 1 }
            index += 1
        }
        if newlines < pair.value.mark.line {
            // The value's line is the last and has no line break.
            return (bytes + ending + line + ending, pair.value.mark.line + 1)
        }
        return (Array(bytes[..<index]) + line + ending + Array(bytes[index...]), pair.value.mark.line + 1)
    }

    /// Diagnostics of the body with the line inserted, placed as in the body the client sent.
    static func removingLine(_ line: Int, from diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var moved = diagnostic
            if moved.mark.line >= line { moved.mark.line -= 1 }
            return moved
        }
    }

    /// The date went in and nothing else changed: the same keys in the same order with
    /// `submitted` added (or its blank value filled), every other key's value the same, and
    /// `submitted` the date.
    static func insertionHolds(original: Node?, inserted: Node?, date: CalendarDate) -> Bool {
        guard let before = original?.mapping, let after = inserted?.mapping else { return false }
        let kept = before.filter { $0.key.scalar?.value != "submitted" }
        let others = after.filter { $0.key.scalar?.value != "submitted" }
        guard after.count == kept.count + 1, others.count == kept.count else { return false }
        for (old, new) in zip(kept, others) where !sameContent(old.key, new.key) || !sameContent(old.value, new.value) {
            return false
        }
        return inserted?["submitted"]?.scalar?.value == date.description
    }

    /// Two nodes hold the same: tags, scalars (text and style), lists and mappings alike, wherever
    /// they were written.
    static func sameContent(_ one: Node, _ other: Node) -> Bool {
        guard one.tag == other.tag else { return false }
        switch (one.content, other.content) {
        case (.scalar(let first), .scalar(let second)):
            return first == second
        case (.sequence(let first), .sequence(let second)):
            return first.count == second.count && zip(first, second).allSatisfy { sameContent($0, $1) }
        case (.mapping(let first), .mapping(let second)):
            return first.count == second.count
                && zip(first, second).allSatisfy { sameContent($0.key, $1.key) && sameContent($0.value, $1.value) }
        default:
            return false
        }
    }
}
