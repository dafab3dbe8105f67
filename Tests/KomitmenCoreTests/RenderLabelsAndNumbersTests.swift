import KomitmenCore
import KomitmenYAML
import Testing

@testable import KomitmenRender

@Suite struct RenderLabelsTests {
    /// Labels whose English and Indonesian words are the same on purpose.
    static let sameInBothLanguages: Set<String> = ["target", "status"]

    @Test func everyLabelHasBothLanguages() {
        let children = Mirror(reflecting: Labels.shared).children
        var checked = 0
        for child in children {
            guard let phrase = child.value as? Phrase else { continue }
            let name = child.label ?? "?"
            checked += 1
            #expect(!phrase.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(name) has no English")
            #expect(!phrase.id.trimmingCharacters(in: .whitespaces).isEmpty, "\(name) has no Indonesian")
            if !Self.sameInBothLanguages.contains(name) {
                #expect(phrase.en != phrase.id, "\(name) is not translated: \(phrase.en)")
            }
        }
        // Reflection found the labels (a change to Labels' shape must not empty this test).
        #expect(checked == children.count)
        #expect(checked > 50)
    }

    @Test func filingStatesAndStatusesAreTranslated() {
        let filing: [FilingState: String] = [
            .onTime: "tepat waktu", .late: "terlambat", .missing: "tidak melapor",
            .notDue: "belum jatuh tempo", .notExpected: "tidak wajib",
        ]
        for state in FilingState.allCases {
            #expect(state.label.id == filing[state])
            #expect(!state.label.en.isEmpty && state.label.en != state.label.id)
            #expect(!state.symbol.isEmpty)
        }
        #expect(Set(FilingState.allCases.map(\.symbol)).count == FilingState.allCases.count, "grid symbols must differ")
        #expect(Set(FilingState.displayOrder) == Set(FilingState.allCases))
        let statuses: [IndicatorStatus: String] = [
            .achieved: "tercapai", .onTrack: "sesuai jalur", .atRisk: "berisiko",
            .offTrack: "melenceng", .noData: "tanpa data",
        ]
        for status in IndicatorStatus.allCases {
            #expect(status.label.id == statuses[status])
            #expect(!status.label.en.isEmpty && status.label.en != status.label.id)
        }
    }

    @Test func phrasesWithNumbers() {
        let labels = Labels.shared
        #expect(labels.daysLate(1).en == "1 day late")
        #expect(labels.daysLate(12).en == "12 days late")
        #expect(labels.daysLate(12).id == "terlambat 12 hari")
        #expect(labels.signatoryCount(1).en == "1 signatory")
        #expect(labels.signatoryCount(3).id == "3 penanda tangan")
        for aggregation in Aggregation.allCases {
            #expect(labels.aggregation(aggregation).en != labels.aggregation(aggregation).id)
        }
    }
}

@Suite struct HumanNumbersTests {
    let en = HumanNumbers(.en), id = HumanNumbers(.id)

    @Test func thousandsSeparatorsPerLanguage() {
        #expect(en.integer(1234) == "1,234")
        #expect(id.integer(1234) == "1.234")
        #expect(en.integer(0) == "0")
        #expect(en.integer(999) == "999")
        #expect(en.integer(-1_234_567) == "-1,234,567")
        #expect(id.integer(1_000_000) == "1.000.000")
        #expect(en.integer(Int.min).hasPrefix("-9,223"))
    }

    @Test func decimals() {
        #expect(en.decimal(1234.5) == "1,234.5")
        #expect(id.decimal(1234.5) == "1.234,5")
        #expect(en.decimal(2) == "2")
        #expect(en.decimal(0.04) == "0")
        #expect(en.decimal(0.05) == "0.1")
        #expect(en.decimal(-3.25, fractionDigits: 2) == "-3.25")
        #expect(en.decimal(1.005, fractionDigits: 3) == "1.005")
        #expect(en.decimal(-0.01) == "0")
        // Out of the exact range and not finite: shown, never a crash.
        #expect(en.decimal(1e20) == "1e+20")
        #expect(en.decimal(.nan) == "–")
        #expect(en.decimal(-.infinity) == "-∞")
    }

    @Test func percentagesAreRounded() {
        #expect(en.percent(0.834) == "83%")
        #expect(en.percent(0.835) == "84%")
        #expect(en.percent(1) == "100%")
        #expect(en.percent(0.999) == "99%", "100% must mean done")
        #expect(en.percent(1.234) == "123%")
        #expect(en.percent(-0.1) == "-10%")
        #expect(en.percent(nil) == "–")
        #expect(en.percent(123.45) == "12,345%")
        #expect(id.percent(123.45) == "12.345%")
        #expect(!en.percent(.nan).isEmpty)
        #expect(!en.percent(1e300).isEmpty)
    }

    @Test func rupiahAndUnits() {
        #expect(id.rupiah(1_234_567) == "Rp 1.234.567")
        #expect(en.rupiah(1_234_567) == "IDR 1,234,567")
        #expect(id.value(1_234_567, unit: .rupiah) == "Rp 1.234.567")
        #expect(id.value(42.5, unit: .percent) == "42,5%")
        #expect(en.value(1, unit: .boolean) == "yes")
        #expect(id.value(0, unit: .boolean) == "tidak")
        #expect(en.value(nil, unit: .count) == "–")
        #expect(id.value(2706, unit: .count) == "2.706")
    }

    @Test func dates() {
        #expect(en.date(CalendarDate("2026-11-20")!) == "20 November 2026")
        #expect(id.date(CalendarDate("2026-08-06")!) == "6 Agustus 2026")
    }
}
