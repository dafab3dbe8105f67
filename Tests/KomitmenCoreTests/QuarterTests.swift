import KomitmenCore
import KomitmenYAML
import Testing

@Suite struct QuarterTests {
    @Test func parsesOnlyTheExactForm() {
        #expect(Quarter("2025-Q3") == Quarter(year: 2025, number: 3))
        for bad in ["2025-Q5", "2025-Q0", "2025-q3", "2025Q3", "25-Q3", "2025-Q03", " 2025-Q3", ""] {
            #expect(Quarter(bad) == nil, "\(bad)")
        }
    }

    @Test func orderFirstAndLastDayNext() throws {
        let q4 = try #require(Quarter("2025-Q4"))
        #expect(q4.firstDay.description == "2025-10-01")
        #expect(q4.lastDay.description == "2025-12-31")
        #expect(q4.next.description == "2026-Q1")
        #expect(q4.previous.description == "2025-Q3")
        #expect(Quarter("2024-Q1")!.lastDay.description == "2024-03-31")
        #expect(Quarter("2025-Q3")! < q4)
        // 2025-Q3 through 2026-Q4, both included: 6 quarters.
        #expect(Quarter("2025-Q3")!.count(through: Quarter("2026-Q4")!) == 6)
        #expect(
            Quarter("2025-Q3")!.through(Quarter("2026-Q1")!).map(\.description) == ["2025-Q3", "2025-Q4", "2026-Q1"])
        #expect(Quarter(containing: CalendarDate("2026-05-31")!).description == "2026-Q2")
    }
}

@Suite struct SuggestionTests {
    @Test func closestNames() {
        #expect(Suggestion.closest(to: "submited", in: ["signatory", "submitted", "period"]) == "submitted")
        #expect(
            Suggestion.closest(to: "victim_rescued", in: ["victims_rescued", "suspects_named"]) == "victims_rescued")
        #expect(Suggestion.closest(to: "polda", in: ["polda-ntt", "polres-tts"]) == "polda-ntt")
        #expect(Suggestion.closest(to: "Stakeholder", in: ["stakeholder"]) == "stakeholder")
        #expect(Suggestion.closest(to: "zzzzzz", in: ["values", "period"]) == nil)
    }
}
