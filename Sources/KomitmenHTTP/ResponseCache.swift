import Foundation
import KomitmenCore
import KomitmenIntake
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

    /// A computation under way: the reads waiting for it are answered when it ends.
    private final class Run {
        let generation: UInt64
        var waiters: [CheckedContinuation<[UInt8], any Error>] = []

        init(generation: UInt64) {
            self.generation = generation
        }
    }

    private var generation: UInt64 = 0
    private var entries: [Key: [UInt8]] = [:]
    private var running: [Key: Run] = [:]
    /// The bytes `entries` hold.
    private var held = 0
    let capacity: Int
    /// At most this many bytes kept (a summary of 68,000 reports is ~59 MB of JSON, and `as_of`
    /// and `quarter` can name many): an answer larger than this is sent, not kept.
    let maxBytes: Int

    init(capacity: Int = 32, maxBytes: Int = 64 << 20) {
        self.capacity = capacity
        self.maxBytes = maxBytes
    }

    /// The answer for `key` computed from a workspace of `generation` or newer: cached, being
    /// computed, or computed now by `compute` (on the render thread). The first read computes
    /// itself and answers those waiting: no task of its own to start and to wake on a
    /// cooperative pool that a storm of filings keeps busy.
    func answer(
        _ key: Key, generation: UInt64, compute: @escaping @Sendable () throws -> [UInt8]
    ) async throws -> [UInt8] {
        if let bytes = get(key, generation: generation) { return bytes }
        if let run = running[key], run.generation >= generation {
            return try await withCheckedThrowingContinuation { run.waiters.append($0) }
        }
        let run = Run(generation: generation)
        running[key] = run
        let result: Result<[UInt8], any Error>
        do {
            result = .success(try await BlockingWork.render(compute))
        } catch {
            result = .failure(error)
        }
        if running[key] === run { running[key] = nil }
        for waiter in run.waiters { waiter.resume(with: result) }
        let bytes = try result.get()
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
            held = 0
        }
        guard generation == self.generation, bytes.count <= maxBytes else { return }
        if let old = entries[key] { held -= old.count }
        if (entries.count >= capacity && entries[key] == nil) || held + bytes.count > maxBytes {
            entries.removeAll(keepingCapacity: true)
            held = 0
        }
        entries[key] = bytes
        held += bytes.count
    }

    /// The bytes kept (for tests).
    var heldBytes: Int { held }

    var count: Int { entries.count }
}
