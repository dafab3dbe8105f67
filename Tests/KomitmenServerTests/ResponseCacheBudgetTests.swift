import KomitmenCore
import KomitmenText
import Testing

@testable import KomitmenHTTP

/// The cache keeps at most `maxBytes`: an answer larger than that is sent, not kept, and one
/// that would pass the budget makes room first.
@Suite struct ResponseCacheBudgetTests {
    static func key(_ day: Int) -> ResponseCache.Key {
        .init(kind: "summary", quarter: nil, asOf: CalendarDate(year: 2026, month: 11, day: day)!, language: "en")
    }

    @Test func keepsAtMostItsBudget() async throws {
        let cache = ResponseCache(capacity: 32, maxBytes: 100)
        await cache.put(Self.key(1), generation: 1, Array(repeating: 1, count: 60))
        #expect(await cache.heldBytes == 60)
        // 60 + 60 > 100: what was kept goes first.
        await cache.put(Self.key(2), generation: 1, Array(repeating: 2, count: 60))
        #expect(await cache.heldBytes == 60)
        #expect(await cache.get(Self.key(1), generation: 1) == nil)
        #expect(await cache.get(Self.key(2), generation: 1)?.count == 60)
        // Replacing one answer counts its new size only.
        await cache.put(Self.key(2), generation: 1, Array(repeating: 3, count: 90))
        #expect(await cache.heldBytes == 90)
        // Too large to keep at all: answered, not kept, nothing else dropped.
        let large = try await cache.answer(Self.key(3), generation: 1) { Array(repeating: 4, count: 101) }
        #expect(large.count == 101)
        #expect(await cache.get(Self.key(3), generation: 1) == nil)
        #expect(await cache.heldBytes == 90)
    }
}
