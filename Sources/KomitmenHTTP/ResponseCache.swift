import Foundation
import KomitmenCore
import KomitmenText

/// Answers computed from one workspace (the summary, the status grid), kept until the workspace
/// changes: a read between two filings costs a lookup. A filing or a reload makes a new
/// generation, and the first read of it computes again. Bounded: `as_of` and `quarter` can
/// name many answers, and only `capacity` of the current generation are kept.
final class ResponseCache: @unchecked Sendable {
    struct Key: Hashable {
        var kind: String
        var quarter: Quarter?
        var asOf: CalendarDate
        var language: String
    }

    private let lock = NSLock()
    private var generation: UInt64 = 0
    private var entries: [Key: [UInt8]] = [:]
    let capacity: Int

    init(capacity: Int = 32) {
        self.capacity = capacity
    }

    func get(_ key: Key, generation: UInt64) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        return generation == self.generation ? entries[key] : nil
    }

    /// Keeps `bytes` unless a newer generation is already cached (a slow read must not put back
    /// an old answer).
    func put(_ key: Key, generation: UInt64, _ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        if generation > self.generation {
            self.generation = generation
            entries.removeAll(keepingCapacity: true)
        }
        guard generation == self.generation else { return }
        if entries.count >= capacity, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
        entries[key] = bytes
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
