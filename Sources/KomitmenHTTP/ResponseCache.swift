import Foundation
import KomitmenCore
import KomitmenText

/// Answers computed from one workspace (the summary, the status grid), kept until the workspace
/// changes: a read between two filings costs a lookup. A filing or a reload makes a new
/// generation, and the first read of it computes again; reads that come while that computation
/// runs wait for it instead of making their own (during a storm of filings every read is of a
/// new generation, and each summary cost a render of ~285 KB of JSON). A read never gets an
/// answer older than the generation it saw. Bounded: `as_of` and `quarter` can name many
/// answers, and only `capacity` of the newest generation are kept.
actor ResponseCache {
    struct Key: Hashable, Sendable {
        var kind: String
        var quarter: Quarter?
        var asOf: CalendarDate
        var language: String
    }

    private var generation: UInt64 = 0
    private var entries: [Key: [UInt8]] = [:]
    private var running: [Key: (generation: UInt64, task: Task<[UInt8], any Error>)] = [:]
    let capacity: Int

    init(capacity: Int = 32) {
        self.capacity = capacity
    }

    /// The answer for `key` computed from a workspace of `generation` or newer: cached, being
    /// computed, or computed now by `compute` (off this actor).
    func answer(
        _ key: Key, generation: UInt64, compute: @escaping @Sendable () throws -> [UInt8]
    ) async throws -> [UInt8] {
        if let bytes = get(key, generation: generation) { return bytes }
        if let run = running[key], run.generation >= generation { return try await run.task.value }
        let task = Task { try await BlockingWork.render(compute) }
        running[key] = (generation, task)
        defer { if running[key]?.task == task { running[key] = nil } }
        let bytes = try await task.value
        put(key, generation: generation, bytes)
        return bytes
    }

    func get(_ key: Key, generation: UInt64) -> [UInt8]? {
        generation == self.generation ? entries[key] : nil
    }

    /// Keeps `bytes` unless a newer generation is already cached (a slow read must not put back
    /// an old answer).
    func put(_ key: Key, generation: UInt64, _ bytes: [UInt8]) {
        if generation > self.generation {
            self.generation = generation
            entries.removeAll(keepingCapacity: true)
        }
        guard generation == self.generation else { return }
        if entries.count >= capacity, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
        entries[key] = bytes
    }

    var count: Int { entries.count }
}
