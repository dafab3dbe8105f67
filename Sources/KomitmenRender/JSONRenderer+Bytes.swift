import Dispatch
import KomitmenCore

/// The summary written as bytes in one pass, byte for byte what `document(_:)` serializes (a test
/// compares the two): members in `SummaryJSONKeys`' order, which is code-point key order.
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
        for key in SummaryKey.allCases {
            json.key(key.name)
            switch key {
            case .asOf: json.string(summary.asOf.description)
            case .declaration: json.string(summary.declarationID)
            case .dueDate: json.string(summary.dueDate.description)
            case .filing: filing(summary.filing, into: &json)
            case .goals:
                json.beginArray()
                for goal in summary.goals { rollup(goal, into: &json) }
                json.endArray()
            case .language: json.string(language.rawValue)
            case .quarter: json.string(summary.quarter.description)
            case .quarters:
                json.beginArray()
                for quarter in summary.quarters {
                    json.item()
                    json.string(quarter.description)
                }
                json.endArray()
            case .reviews: reviews(summary.reviewCounts, into: &json)
            case .secretariat: json.string(summary.secretariat)
            case .signatories:
                json.beginArray()
                if let items {
                    for item in items { json.append(item: item) }
                } else {
                    try signatories(summary.signatories, into: &json, flush: sink)
                }
                json.endArray()
            case .stakeholders:
                json.beginArray()
                for stakeholder in summary.stakeholders { rollup(stakeholder, into: &json) }
                json.endArray()
            case .statuses: statuses(summary.statusCounts, into: &json)
            case .title: json.string(summary.declarationTitle.text(language))
            case .totals:
                json.beginArray()
                for total in summary.totals { self.total(total, into: &json) }
                json.endArray()
            }
        }
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

    /// An object of `Key`'s keys in their order (the keys' code-point order), each value
    /// written by `value`.
    @inline(__always)
    private func object<Key: SummaryJSONObject>(
        _: Key.Type, into json: inout JSONBytes, _ value: (Key, inout JSONBytes) -> Void
    ) {
        json.beginObject()
        for key in Key.allCases {
            json.key(key.name)
            value(key, &json)
        }
        json.endObject()
    }

    private func filing(_ counts: FilingCounts, into json: inout JSONBytes) {
        object(FilingCountKey.self, into: &json) { key, json in
            switch key {
            case .completeness: json.number(counts.completeness)
            case .expected: json.number(counts.expected)
            case .late: json.number(counts.late)
            case .missing: json.number(counts.missing)
            case .notDue: json.number(counts.notDue)
            case .notExpected: json.number(counts.notExpected)
            case .onTime: json.number(counts.onTime)
            case .timeliness: json.number(counts.timeliness)
            }
        }
    }

    private func statuses(_ counts: [IndicatorStatus: Int], into json: inout JSONBytes) {
        object(StatusCountKey.self, into: &json) { key, json in json.number(counts[key.status] ?? 0) }
    }

    private func reviews(_ counts: [ReviewState: Int], into json: inout JSONBytes) {
        object(ReviewCountKey.self, into: &json) { key, json in json.number(counts[key.state] ?? 0) }
    }

    func signatory(_ signatory: SignatorySummary, into json: inout JSONBytes) {
        json.item()
        object(SignatoryKey.self, into: &json) { key, json in
            switch key {
            case .breakdowns:
                json.beginArray()
                for breakdown in signatory.breakdowns { self.breakdown(breakdown, into: &json) }
                json.endArray()
            case .daysLate: json.number(signatory.filing == .late ? signatory.daysLate : nil)
            case .filing: json.string(signatory.filing.rawValue)
            case .history:
                json.beginArray()
                for state in signatory.history {
                    json.item()
                    json.string(state.rawValue)
                }
                json.endArray()
            case .id: json.string(signatory.id)
            case .indicators:
                json.beginArray()
                for indicator in signatory.indicators { self.indicator(indicator, into: &json) }
                json.endArray()
            case .name: json.string(signatory.name)
            case .region: json.string(signatory.region)
            case .review:
                if let review = signatory.review { self.review(review, into: &json) } else { json.null() }
            case .stakeholder: json.string(signatory.stakeholder)
            case .submitted: json.string(signatory.submitted?.description)
            }
        }
    }

    private func review(_ review: ReviewSummary, into json: inout JSONBytes) {
        object(ReviewKey.self, into: &json) { key, json in
            switch key {
            case .by: json.string(review.by)
            case .comment: json.string(review.comment)
            case .on: json.string(review.on?.description)
            case .state: json.string(review.state.rawValue)
            }
        }
    }

    private func indicator(_ indicator: IndicatorSummary, into json: inout JSONBytes) {
        json.item()
        object(IndicatorKey.self, into: &json) { key, json in
            switch key {
            case .aggregation: json.string(indicator.aggregation.rawValue)
            case .baseline: json.number(indicator.baseline)
            case .by: json.string(indicator.by.description)
            case .direction: json.string(indicator.direction.rawValue)
            case .expected: json.number(indicator.expected)
            case .from: json.string(indicator.from.description)
            case .goal: json.string(indicator.goal)
            case .history:
                json.beginArray()
                for entry in indicator.history { history(entry, into: &json) }
                json.endArray()
            case .id: json.string(indicator.id)
            case .label: json.string(indicator.label.text(language))
            case .pledge: json.string(indicator.pledge)
            case .progress: json.number(indicator.progress)
            case .status: json.string(indicator.status.rawValue)
            case .target: json.number(indicator.target)
            case .unit: json.string(indicator.unit.rawValue)
            case .value: json.number(indicator.value)
            }
        }
    }

    private func history(_ entry: IndicatorQuarter, into json: inout JSONBytes) {
        json.item()
        object(HistoryKey.self, into: &json) { key, json in
            switch key {
            case .expected: json.number(entry.expected)
            case .quarter: json.string(entry.quarter.description)
            case .reported: json.number(entry.reported)
            case .value: json.number(entry.value)
            }
        }
    }

    private func breakdown(_ breakdown: Breakdown, into json: inout JSONBytes) {
        json.item()
        object(BreakdownKey.self, into: &json) { key, json in
            switch key {
            case .counts:
                json.beginObject()
                // As `document(_:)` has it: equal values merged, keys in code-point order.
                let counts = Dictionary(breakdown.counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
                for value in counts.keys.sorted(by: JSONValue.keyOrder) {
                    json.dataKey(value)
                    json.number(counts[value] ?? 0)
                }
                json.endObject()
            case .field: json.string(breakdown.field)
            case .section: json.string(breakdown.section)
            }
        }
    }

    private func rollup(_ rollup: Rollup, into json: inout JSONBytes) {
        json.item()
        object(RollupKey.self, into: &json) { key, json in
            switch key {
            case .filing: filing(rollup.filing, into: &json)
            case .filingByQuarter:
                json.beginArray()
                for counts in rollup.filingByQuarter {
                    json.item()
                    filing(counts, into: &json)
                }
                json.endArray()
            case .id: json.string(rollup.id)
            case .indicators: json.number(rollup.indicatorCount)
            case .name: json.string(rollup.name.text(language))
            case .signatories: json.number(rollup.signatoryCount)
            case .statuses: statuses(rollup.statuses, into: &json)
            }
        }
    }

    private func total(_ total: IndicatorTotal, into json: inout JSONBytes) {
        json.item()
        object(TotalKey.self, into: &json) { key, json in
            switch key {
            case .aggregation: json.string(total.aggregation.rawValue)
            case .id: json.string(total.id)
            case .label: json.string(total.label.text(language))
            case .signatories: json.number(total.signatoryCount)
            case .unit: json.string(total.unit.rawValue)
            case .value: json.number(total.value)
            }
        }
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
