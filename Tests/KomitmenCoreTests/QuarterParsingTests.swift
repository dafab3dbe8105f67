import KomitmenCore
import Testing

/// `Quarter.init(_:)` reads exactly `YYYY-Qn`, byte by byte: every position is checked.
@Suite struct QuarterParsingTests {
    @Test(arguments: [("2025-Q3", 2025, 3), ("0001-Q1", 1, 1), ("9999-Q4", 9999, 4), ("2026-Q1", 2026, 1)])
    func readsQuarters(_ text: String, _ year: Int, _ number: Int) {
        let quarter = Quarter(text)
        #expect(quarter?.year == year)
        #expect(quarter?.number == number)
    }

    @Test(arguments: [
        "", "2025-Q", "2025-Q34", "2025Q3", "2025-q3", "2025_Q3", "2025-X3", "2025-Q0", "2025-Q5", "0000-Q1",
        "20a5-Q3", "a025-Q3", "202５-Q3", "2025-QA", " 2025-Q3", "2025-Q3 ", "+025-Q3", "2025-Q-",
    ])
    func refusesEverythingElse(_ text: String) {
        #expect(Quarter(text) == nil)
    }
}
