import Foundation
import HummingbirdTesting
import KomitmenCore
import KomitmenText
import Testing

@testable import KomitmenHTTP

/// The summary and the status grid are cached per workspace generation: a filing between two
/// reads must show in the second.
@Suite struct ServeResponseCacheTests {
    @Test func aFilingShowsInTheNextSummaryAndStatus() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let token = fixture.secretariatToken
            func missing() async throws -> Int? {
                let summary = try await client.call(.get, "/api/v1/summary?quarter=2026-Q3", token: token)
                #expect(summary.status == .ok)
                return (summary.json["filing"] as? [String: Any])?["missing"] as? Int
            }
            func dprdLatest() async throws -> String? {
                let status = try await client.call(.get, "/api/v1/status", token: token)
                let rows = status.json["signatories"] as? [[String: Any]] ?? []
                return (rows.first { $0["id"] as? String == "dprd-ntt" }?["filings"] as? [String])?.last
            }
            let before = try #require(try await missing())
            #expect(try await missing() == before)  // the cached answer, the same
            #expect(try await dprdLatest() == "missing")
            #expect(try await dprdLatest() == "missing")
            let filed = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken, body: ServeFixture.body())
            #expect(filed.status == .created)
            #expect(try await missing() == before - 1)
            #expect(try await dprdLatest() == "late")
            // Another quarter and another language are other answers, and right too.
            let indonesian = try await client.call(
                .get, "/api/v1/summary?quarter=2026-Q3", token: token, headers: [.acceptLanguage: "id"])
            #expect(indonesian.json["language"] as? String == "id")
            #expect((indonesian.json["filing"] as? [String: Any])?["missing"] as? Int == before - 1)
        }
    }

    @Test func anAnswerOfAnOlderGenerationIsNotKeptAndTheCacheIsBounded() async throws {
        let cache = ResponseCache(capacity: 4)
        let key = ResponseCache.Key(kind: "summary", quarter: nil, asOf: CalendarDate("2026-11-20")!, language: "en")
        await cache.put(key, generation: 2, [1])
        #expect(await cache.get(key, generation: 2) == [1])
        #expect(await cache.get(key, generation: 3) == nil)
        // A slow read of generation 1 finishing after generation 2 was cached.
        await cache.put(key, generation: 1, [0])
        #expect(await cache.get(key, generation: 2) == [1])
        #expect(await cache.get(key, generation: 1) == nil)
        for day in 1...20 {
            var other = key
            other.asOf = CalendarDate(year: 2026, month: 1, day: day)!
            await cache.put(other, generation: 2, [UInt8(day)])
            #expect(await cache.count <= 4)
        }
        #expect(try await cache.answer(key, generation: 3) { [3] } == [3])
        #expect(await cache.count == 1)
        // Cached: not computed again.
        #expect(try await cache.answer(key, generation: 3) { [9] } == [3])
    }

    @Test func readsOfOneGenerationShareOneComputation() async throws {
        let cache = ResponseCache()
        let key = ResponseCache.Key(kind: "summary", quarter: nil, asOf: CalendarDate("2026-11-20")!, language: "en")
        let computed = ComputationCounter()
        let answers = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await cache.answer(key, generation: 5) {
                        computed.add()
                        Thread.sleep(forTimeInterval: 0.2)
                        return [5]
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers == Array(repeating: [5], count: 8))
        #expect(computed.value == 1)
    }
}

/// A count shared by tasks.
final class ComputationCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
