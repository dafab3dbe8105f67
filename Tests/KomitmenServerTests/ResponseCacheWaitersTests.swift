import Foundation
import KomitmenCore
import KomitmenText
import Testing

@testable import KomitmenHTTP

/// The first read of a generation computes and answers the reads that came meanwhile: a failure
/// reaches all of them and is not kept; a read of a newer generation does not wait for an older
/// computation.
@Suite struct ResponseCacheWaitersTests {
    struct Refused: Error {}
    static let key = ResponseCache.Key(kind: "summary", quarter: nil, asOf: CalendarDate("2026-11-20")!, language: "en")

    @Test func aFailureReachesEveryWaitingReadAndIsNotKept() async throws {
        let cache = ResponseCache()
        let computed = ComputationCounter()
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    do {
                        _ = try await cache.answer(Self.key, generation: 1) {
                            computed.add()
                            Thread.sleep(forTimeInterval: 0.2)
                            throw Refused()
                        }
                        return false
                    } catch {
                        return error is Refused
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes == Array(repeating: true, count: 6))
        #expect(computed.value == 1)
        // Not kept: the next read computes again.
        #expect(try await cache.answer(Self.key, generation: 1) { [7] } == [7])
        #expect(computed.value == 1)
        #expect(await cache.count == 1)
    }

    @Test func aNewerGenerationIsNotAnsweredByAnOlderComputation() async throws {
        let cache = ResponseCache()
        let older = Task {
            try await cache.answer(Self.key, generation: 1) {
                // Renders run one at a time: the newer one starts after this (never a hang).
                Thread.sleep(forTimeInterval: 0.3)
                return [1]
            }
        }
        // Asked while the older computation runs: computed again, not handed the older answer.
        try await Task.sleep(for: .milliseconds(100))
        let newer = try await cache.answer(Self.key, generation: 2) { [2] }
        #expect(newer == [2])
        #expect(try await older.value == [1])
        // The older answer is not put back over the newer one.
        #expect(await cache.get(Self.key, generation: 2) == [2])
        #expect(await cache.get(Self.key, generation: 1) == nil)
    }
}
