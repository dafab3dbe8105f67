import KomitmenCore

/// Numbers for people: thousands grouped the way each language writes them (en `1,234.5`,
/// id `1.234,5`), percentages rounded, rupiah with its symbol. Machine formats (JSON, CSV) never
/// use this: they print numbers exactly.
public struct HumanNumbers: Sendable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    var groupSeparator: Character { language.groupSeparator }
    var decimalSeparator: Character { language.decimalSeparator }

    /// A whole number with thousands separators: `1,234` or `1.234`.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(groupSeparator) }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A number rounded to at most `fractionDigits` decimals, trailing zeros dropped, grouped.
    public func decimal(_ value: Double, fractionDigits: Int = 1) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value < 0 ? "-∞" : "∞") }
        // Beyond 10^15 a Double no longer holds every whole number: show it in exponent form.
        guard abs(value) < 1e15 else { return "\(value)" }
        let scale = Self.powerOfTen(min(fractionDigits, 3))  // keeps value × scale below Int.max
        let scaled = (abs(value) * Double(scale)).rounded()
        let whole = Int(scaled) / scale
        let fraction = Int(scaled) % scale
        var text = integer(whole)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: String(scale).count - 1 - digits.count) + digits
            while digits.last == "0" { digits.removeLast() }
            text += String(decimalSeparator) + digits
        }
        return value < 0 && scaled > 0 ? "-" + text : text
    }

    /// A ratio as a rounded percentage: 0.834 → `83%`. A ratio just short of 1 shows as 99%, not
    /// 100%, so "100%" always means done. Nil → `–`.
    public func percent(_ ratio: Double?) -> String {
        guard let ratio else { return "–" }
        guard ratio.isFinite, abs(ratio) < 1e12 else { return decimal(ratio) }
        var percent = Int((ratio * 100).rounded())
        if percent == 100 && ratio < 1 { percent = 99 }
        return integer(percent) + "%"
    }

    /// Rupiah: `Rp 1.234.567` in Indonesian, `IDR 1,234,567` in English.
    public func rupiah(_ value: Double) -> String {
        language.rupiahPrefix + decimal(value, fractionDigits: 0)
    }

    /// A value in its unit: counts grouped, percentages with `%`, rupiah, yes/no.
    public func value(_ value: Double?, unit: IndicatorUnit) -> String {
        guard let value else { return "–" }
        switch unit {
        case .count: return decimal(value)
        case .percent: return decimal(value) + "%"
        case .rupiah: return rupiah(value)
        case .boolean: return (value >= 0.5 ? Labels.shared.yes : Labels.shared.no).text(language)
        }
    }

    /// A date as `20 November 2026`, the month named in the language.
    public func date(_ date: CalendarDate) -> String { language.longDate(date) }

    static func powerOfTen(_ exponent: Int) -> Int {
        (0..<max(0, exponent)).reduce(1) { result, _ in result * 10 }
    }
}
