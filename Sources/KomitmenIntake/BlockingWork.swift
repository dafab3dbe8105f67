import Dispatch
import Foundation
import KomitmenCore

/// Work that blocks or runs long, off the tasks that serve requests: Swift's cooperative pool
/// has one thread per core, and a thread waiting on the disk (a write with its fsyncs), or
/// rendering a summary for milliseconds, serves no one meanwhile (on 2 cores, two such
/// stopped every other request). Each lane is a serial queue with a thread of its own, taken
/// in turn; the order of work on one file is the caller's (the per-report lock).
public enum BlockingWork {
    /// Enough that filings in flight rarely wait for another's fsync (a thread blocked in fsync
    /// costs no CPU).
    private static let lanes: [DispatchQueue] = (0..<32).map { DispatchQueue(label: "komitmen.io.\($0)") }
    private static let next = SharedCounter()
    /// Summaries and status grids: one at a time, so reads never take more than one core from
    /// filings, and the scheduler shares that core fairly with the serving threads.
    private static let renderer = DispatchQueue(label: "komitmen.render")
    /// Reads of the whole repository (at start, after a change outside, SIGHUP): a thread of their
    /// own, since a load of a large repository takes the cooperative thread it ran on for its
    /// whole length (it spreads its files over the cores itself).
    private static let loader: DispatchQueue = {
        let queue = DispatchQueue(label: "komitmen.load")
        queue.setSpecific(key: loaderKey, value: true)
        return queue
    }()
    /// Set only on the loader's queue. Never changed after it is made.
    nonisolated(unsafe) private static let loaderKey = DispatchSpecificKey<Bool>()

    /// Whether the caller runs on the loader's queue (the tests check that whole reads do).
    static var onLoader: Bool { DispatchQueue.getSpecific(key: loaderKey) ?? false }

    /// A filing's checks (parse and validate, about a millisecond): two lanes, so a storm of
    /// filings queues here and not on the cooperative pool, where every request's next step
    /// (a summary read's too) would wait behind tens of checks.
    private static let checkers: [DispatchQueue] = (0..<2).map { DispatchQueue(label: "komitmen.check.\($0)") }
    private static let nextChecker = SharedCounter()

    static func check<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await run(on: checkers[Int(nextChecker.next() % UInt64(checkers.count))], body)
    }

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await run(on: lanes[Int(next.next() % UInt64(lanes.count))], body)
    }

    public static func render<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await run(on: renderer, body)
    }

    static func load<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            loader.async { continuation.resume(returning: body()) }
        }
    }

    private static func run<T: Sendable>(
        on queue: DispatchQueue, _ body: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}
