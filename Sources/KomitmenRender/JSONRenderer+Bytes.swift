import Dispatch
import KomitmenCore

/// The summary written as bytes in one pass, byte for byte what `document(_:)` serializes (a test
/// compares the two): members in code-point key order, written out here instead of sorted.
extension JSONRenderer {
    /// Signatories per piece written on its own thread: enough that a piece outweighs handing it out.
    static let signatoriesPerPiece = 64

    /// Signatories' pieces written together before they are handed on: both cores busy, and no
    /// more than about 1,000 signatories' JSON held at once (two waves: one going out, one being
    /// written) however large the summary.
    static let piecesPerWave = 8

    public func renderBytes(_ summary: Summary) -> [UInt8] {
        var document: [UInt8] = []
        write(summary) { document.append(contentsOf: $0) }
        return document
    }

    /// The document handed to `sink` in order, a part at a time: a summary of 68,000 reports is
    /// tens of megabytes that a file or a pipe can take as it comes.
    public func write(_ summary: Summary, to sink: ([UInt8]) throws -> Void) rethrows {
        try write(summary, signatoryItems: nil, to: sink)
    }

    /// `write(_:to:)`, the signatories' objects taken from `items` when given (see `signatoryItem`).
    func write(_ summary: Summary, signatoryItems items: [[UInt8]]?, to sink: ([UInt8]) throws -> Void) rethrows {
        var json = JSONBytes(capacity: 64 * 1024)
        json.beginObject()
        json.key("as_of")
        json.string(summary.asOf.description)
        json.key("declaration")
        json.string(summary.declarationID)
        json.key("due_date")
        json.string(summary.dueDate.description)
        json.key("filing")
        filing(summary.filing, into: &json)
        json.key("goals")
        json.beginArray()
        for goal in summary.goals { rollup(goal, into: &json) }
        json.endArray()
        json.key("language")
        json.string(language.rawValue)
        json.key("quarter")
        json.string(summary.quarter.description)
        json.key("quarters")
        json.beginArray()
        for quarter in summary.quarters {
            json.item()
            json.string(quarter.description)
        }
        json.endArray()
        json.key("reviews")
        reviews(summary.reviewCounts, into: &json)
        json.key("secretariat")
        json.string(summary.secretariat)
        json.key("signatories")
        json.beginArray()
        if let items {
            for item in items { json.append(item: item) }
        } else {
            try signatories(summary.signatories, into: &json, flush: sink)
        }
        json.endArray()
        json.key("stakeholders")
        json.beginArray()
        for stakeholder in summary.stakeholders { rollup(stakeholder, into: &json) }
        json.endArray()
        json.key("statuses")
        statuses(summary.statusCounts, into: &json)
        json.key("title")
        json.string(summary.declarationTitle.text(language))
        json.key("totals")
        json.beginArray()
        for total in summary.totals { self.total(total, into: &json) }
        json.endArray()
        json.endObject()
        json.finalLineBreak()
        try sink(json.bytes)
    }

    /// The signatories, the bulk of the document: in pieces on every core when there are many,
    /// a wave of pieces at a time; what `json` held before them is handed to `flush` first, then
    /// each piece as it was written, in order (`json` then holds nothing, and notes the items).
    private func signatories(
        _ signatories: [SignatorySummary], into json: inout JSONBytes, flush: ([UInt8]) throws -> Void
    ) rethrows {
        let per = Self.signatoriesPerPiece
        guard signatories.count > per else {
            for item in signatories { signatory(item, into: &json) }
            return
        }
        // What the document held before the signatories goes first; each piece then goes out as
        // it was written (copying it into `json` first moved every byte of the document twice).
        try flush(json.bytes)
        json.removeAllBytes()
        let parent = json
        let wave = per * Self.piecesPerWave
        var written = pieces(signatories[0..<min(signatories.count, wave)], following: false, in: parent)
        var start = 0
        while !written.isEmpty {
            start += wave
            // The next wave is written on the other cores while this one goes out: the file or
            // pipe is fed from this thread, and the cores do not wait for it.
            let next = NextWave()
            let group = DispatchGroup()
            if start < signatories.count {
                let slice = signatories[start..<min(signatories.count, start + wave)]
                DispatchQueue.global().async(group: group) {
                    next.pieces = pieces(slice, following: true, in: parent)
                }
            }
            // Waited for even when a write fails: nothing is left running behind the caller.
            defer { group.wait() }
            for var piece in written {
                try flush(piece.bytes)
                json.noteItems(of: piece)
            }
            group.wait()
            written = next.pieces
        }
    }

    /// `slice` written as items of the array open in `parent`, `per` signatories a piece, the
    /// pieces on every core; `following` when items come before the slice.
    private func pieces(
        _ slice: ArraySlice<SignatorySummary>, following: Bool, in parent: JSONBytes
    ) -> [JSONBytes] {
        let per = Self.signatoriesPerPiece
        let count = (slice.count + per - 1) / per
        return [JSONBytes](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = PieceSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { piece in
                let first = slice.startIndex + piece * per
                let range = first..<min(slice.endIndex, first + per)
                var writer = JSONBytes(
                    itemsOf: parent, following: following || piece > 0, capacity: range.count * 4096)
                for index in range { signatory(slice[index], into: &writer) }
                (slots.base + piece).initialize(to: writer)
            }
            initialized = count
        }
    }

    private func filing(_ counts: FilingCounts, into json: inout JSONBytes) {
        json.beginObject()
        json.key("completeness")
        json.number(counts.completeness)
        json.key("expected")
        json.number(counts.expected)
        json.key("late")
        json.number(counts.late)
        json.key("missing")
        json.number(counts.missing)
        json.key("not_due")
        json.number(counts.notDue)
        json.key("not_expected")
        json.number(counts.notExpected)
        json.key("on_time")
        json.number(counts.onTime)
        json.key("timeliness")
        json.number(counts.timeliness)
        json.endObject()
    }

    private func statuses(_ counts: [IndicatorStatus: Int], into json: inout JSONBytes) {
        json.beginObject()
        json.key("achieved")
        json.number(counts[.achieved] ?? 0)
        json.key("at_risk")
        json.number(counts[.atRisk] ?? 0)
        json.key("no_data")
        json.number(counts[.noData] ?? 0)
        json.key("off_track")
        json.number(counts[.offTrack] ?? 0)
        json.key("on_track")
        json.number(counts[.onTrack] ?? 0)
        json.endObject()
    }

    private func reviews(_ counts: [ReviewState: Int], into json: inout JSONBytes) {
        json.beginObject()
        json.key("approved")
        json.number(counts[.approved] ?? 0)
        json.key("changes_requested")
        json.number(counts[.changesRequested] ?? 0)
        json.key("received")
        json.number(counts[.received] ?? 0)
        json.endObject()
    }

    func signatory(_ signatory: SignatorySummary, into json: inout JSONBytes) {
        json.item()
        json.beginObject()
        json.key("breakdowns")
        json.beginArray()
        for breakdown in signatory.breakdowns { self.breakdown(breakdown, into: &json) }
        json.endArray()
        json.key("days_late")
        json.number(signatory.filing == .late ? signatory.daysLate : nil)
        json.key("filing")
        json.string(signatory.filing.rawValue)
        json.key("history")
        json.beginArray()
        for state in signatory.history {
            json.item()
            json.string(state.rawValue)
        }
        json.endArray()
        json.key("id")
        json.string(signatory.id)
        json.key("indicators")
        json.beginArray()
        for indicator in signatory.indicators { self.indicator(indicator, into: &json) }
        json.endArray()
        json.key("name")
        json.string(signatory.name)
        json.key("region")
        json.string(signatory.region)
        json.key("review")
        if let review = signatory.review { self.review(review, into: &json) } else { json.null() }
        json.key("stakeholder")
        json.string(signatory.stakeholder)
        json.key("submitted")
        json.string(signatory.submitted?.description)
        json.endObject()
    }

    private func review(_ review: ReviewSummary, into json: inout JSONBytes) {
        json.beginObject()
        json.key("by")
        json.string(review.by)
        json.key("comment")
        json.string(review.comment)
        json.key("on")
        json.string(review.on?.description)
        json.key("state")
        json.string(review.state.rawValue)
        json.endObject()
    }

    private func indicator(_ indicator: IndicatorSummary, into json: inout JSONBytes) {
        json.item()
        json.beginObject()
        json.key("aggregation")
        json.string(indicator.aggregation.rawValue)
        json.key("baseline")
        json.number(indicator.baseline)
        json.key("by")
        json.string(indicator.by.description)
        json.key("direction")
        json.string(indicator.direction.rawValue)
        json.key("expected")
        json.number(indicator.expected)
        json.key("from")
        json.string(indicator.from.description)
        json.key("goal")
        json.string(indicator.goal)
        json.key("history")
        json.beginArray()
        for entry in indicator.history {
            json.item()
            json.beginObject()
            json.key("expected")
            json.number(entry.expected)
            json.key("quarter")
            json.string(entry.quarter.description)
            json.key("reported")
            json.number(entry.reported)
            json.key("value")
            json.number(entry.value)
            json.endObject()
        }
        json.endArray()
        json.key("id")
        json.string(indicator.id)
        json.key("label")
        json.string(indicator.label.text(language))
        json.key("pledge")
        json.string(indicator.pledge)
        json.key("progress")
        json.number(indicator.progress)
        json.key("status")
        json.string(indicator.status.rawValue)
        json.key("target")
        json.number(indicator.target)
        json.key("unit")
        json.string(indicator.unit.rawValue)
        json.key("value")
        json.number(indicator.value)
        json.endObject()
    }

    private func breakdown(_ breakdown: Breakdown, into json: inout JSONBytes) {
        json.item()
        json.beginObject()
        json.key("counts")
        json.beginObject()
        // As `document(_:)` has it: equal values merged, keys in code-point order.
        let counts = Dictionary(breakdown.counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        for key in counts.keys.sorted(by: JSONValue.keyOrder) {
            json.dataKey(key)
            json.number(counts[key] ?? 0)
        }
        json.endObject()
        json.key("field")
        json.string(breakdown.field)
        json.key("section")
        json.string(breakdown.section)
        json.endObject()
    }

    private func rollup(_ rollup: Rollup, into json: inout JSONBytes) {
        json.item()
        json.beginObject()
        json.key("filing")
        filing(rollup.filing, into: &json)
        json.key("filing_by_quarter")
        json.beginArray()
        for counts in rollup.filingByQuarter {
            json.item()
            filing(counts, into: &json)
        }
        json.endArray()
        json.key("id")
        json.string(rollup.id)
        json.key("indicators")
        json.number(rollup.indicatorCount)
        json.key("name")
        json.string(rollup.name.text(language))
        json.key("signatories")
        json.number(rollup.signatoryCount)
        json.key("statuses")
        statuses(rollup.statuses, into: &json)
        json.endObject()
    }

    private func total(_ total: IndicatorTotal, into json: inout JSONBytes) {
        json.item()
        json.beginObject()
        json.key("aggregation")
        json.string(total.aggregation.rawValue)
        json.key("id")
        json.string(total.id)
        json.key("label")
        json.string(total.label.text(language))
        json.key("signatories")
        json.number(total.signatoryCount)
        json.key("unit")
        json.string(total.unit.rawValue)
        json.key("value")
        json.number(total.value)
        json.endObject()
    }
}

/// The pieces' storage, shared with the worker threads: each writes only its own slot.
/// The next wave's pieces, set by the thread that writes them and read once it is waited for.
private final class NextWave: @unchecked Sendable {
    var pieces: [JSONBytes] = []
}

private struct PieceSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<JSONBytes>
}
