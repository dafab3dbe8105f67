import Foundation
import KomitmenCore
import KomitmenRender

/// Summaries of a repository that changes a signatory at a time (the server's filings and
/// reviews): each signatory's row of the summary, and its JSON object per language, are kept and
/// used again while that signatory's data is unchanged (`WorkspaceRevision`), so a summary after a
/// filing works out and writes one signatory, then the roll-ups and totals over all. Under a
/// storm of filings every read of the summary met a new repository and worked out all of it.
///
/// The answers are the ones `Workspace.summary` and `RenderedDocument.render` give, byte for
/// byte (`SummaryMemoTests` holds them to it). Safe from many threads; bounded to `capacity`
/// (quarter, date, options) keys.
public final class SummaryMemo: @unchecked Sendable {
    private struct Key: Hashable {
        var quarter: Quarter?
        var asOf: CalendarDate
        var options: SummaryOptions
    }

    /// A signatory's row, from the workspace whose revision had this epoch and this stamp for it.
    private struct Row {
        var epoch: UInt64
        var stamp: UInt64
        var summary: SignatorySummary
        var json: [Language: [UInt8]] = [:]

        func matches(_ revision: WorkspaceRevision, _ id: String) -> Bool {
            epoch == revision.epoch && stamp == revision.stamp(of: id)
        }
    }

    private let lock = NSLock()
    private var rows: [Key: [String: Row]] = [:]
    /// Signatories' rows worked out (not kept) so far: what the tests count.
    private var made = 0
    /// The JSON bytes the rows hold.
    private var jsonHeld = 0
    public let capacity: Int
    /// At most this many bytes of signatories' JSON kept over all pairs (3,400 signatories with
    /// 20 quarters of history are ~59 MB): past it, the JSON kept so far is dropped (the rows stay).
    public let maxJSONBytes: Int

    public init(capacity: Int = 8, maxJSONBytes: Int = 64 << 20) {
        self.capacity = max(1, capacity)
        self.maxJSONBytes = maxJSONBytes
    }

    /// `workspace.summary(quarter:asOf:options:)`, with the rows of unchanged signatories kept
    /// from before.
    public func summary(
        _ workspace: Workspace, quarter: Quarter? = nil, asOf: CalendarDate? = nil, options: SummaryOptions = .all
    ) -> Result<Summary, SummaryFailure> {
        summaryAndRows(workspace, quarter: quarter, asOf: asOf, options: options).map(\.summary)
    }

    /// The bytes of `summary --format json` (`RenderedDocument.render(…, format: .json, …)`) of
    /// that summary, with the objects of unchanged signatories kept from before.
    public func json(
        _ workspace: Workspace, quarter: Quarter? = nil, asOf: CalendarDate? = nil, options: SummaryOptions = .all,
        language: Language
    ) -> Result<[UInt8], SummaryFailure> {
        summaryAndRows(workspace, quarter: quarter, asOf: asOf, options: options).map { summary, key, kept in
            let renderer = JSONRenderer(language: language)
            let revision = workspace.revision
            var made: [String: [UInt8]] = [:]
            let items = summary.signatories.map { row in
                if let kept = kept[row.id], kept.matches(revision, row.id), let bytes = kept.json[language] {
                    return bytes
                }
                let bytes = renderer.signatoryItem(row)
                made[row.id] = bytes
                return bytes
            }
            if !made.isEmpty { keep(made, language: language, for: key, revision: revision) }
            return renderer.renderBytes(summary, signatoryItems: items)
        }
    }

    /// The summary and the rows kept for its key before it was made (with their JSON).
    private func summaryAndRows(
        _ workspace: Workspace, quarter: Quarter?, asOf: CalendarDate?, options: SummaryOptions
    ) -> Result<(summary: Summary, key: Key, kept: [String: Row]), SummaryFailure> {
        let validation = workspace.validate()
        guard !validation.hasErrors else { return .failure(.repositoryHasErrors(validation)) }
        let date = asOf ?? workspace.today
        let key = Key(quarter: quarter, asOf: date, options: options)
        let revision = workspace.revision
        let kept = lock.withLock { rows[key] ?? [:] }
        let summary: Summary
        do {
            summary = try SummaryEngine.summary(
                repository: workspace.repository, registry: workspace.registry, quarter: quarter, asOf: date,
                options: options
            ) { signatory in
                guard let row = kept[signatory.id], row.matches(revision, signatory.id) else { return nil }
                return row.summary
            }
        } catch {
            return .failure(.cannotSummarize(error))
        }
        let computed = summary.signatories.count { kept[$0.id]?.matches(revision, $0.id) != true }
        store(key) { rows in
            made += computed
            var next: [String: Row] = [:]
            next.reserveCapacity(summary.signatories.count)
            for row in summary.signatories {
                if let old = rows[row.id], old.matches(revision, row.id) {
                    next[row.id] = old
                } else {
                    next[row.id] = Row(epoch: revision.epoch, stamp: revision.stamp(of: row.id), summary: row)
                }
            }
            rows = next
        }
        return .success((summary, key, kept))
    }

    /// Changes the rows kept for `key`, making room first when `capacity` keys are kept.
    private func store(_ key: Key, _ change: (inout [String: Row]) -> Void) {
        lock.withLock {
            if rows[key] == nil, rows.count >= capacity {
                rows.removeAll(keepingCapacity: true)
                jsonHeld = 0
            }
            let before = Self.jsonBytes(rows[key])
            change(&rows[key, default: [:]])
            jsonHeld += Self.jsonBytes(rows[key]) - before
        }
    }

    /// Keeps the signatories' JSON objects just written, within `maxJSONBytes`.
    private func keep(_ made: [String: [UInt8]], language: Language, for key: Key, revision: WorkspaceRevision) {
        let adding = made.values.reduce(0) { $0 + $1.count }
        lock.withLock {
            if jsonHeld + adding > maxJSONBytes {
                for pair in rows.keys {
                    for id in rows[pair, default: [:]].keys { rows[pair]?[id]?.json.removeAll() }
                }
                jsonHeld = 0
            }
            guard adding <= maxJSONBytes else { return }
            for (id, bytes) in made where rows[key]?[id]?.matches(revision, id) == true {
                jsonHeld += bytes.count - (rows[key]?[id]?.json[language]?.count ?? 0)
                rows[key]?[id]?.json[language] = bytes
            }
        }
    }

    private static func jsonBytes(_ rows: [String: Row]?) -> Int {
        rows?.values.reduce(0) { total, row in total + row.json.values.reduce(0) { $0 + $1.count } } ?? 0
    }

    /// How many (quarter, date) pairs have rows kept (for tests).
    public var keptKeys: Int { lock.withLock { rows.count } }

    /// How many signatories' rows were worked out, not kept (for tests).
    public var rowsMade: Int { lock.withLock { made } }

    /// The bytes of signatories' JSON kept (for tests).
    public var jsonBytesKept: Int { lock.withLock { jsonHeld } }
}
