/// How each language writes what is not a phrase: month names, numbers, money, its own name. The
/// one place a new language adds them (its phrases go in the catalogs). The pseudo-language
/// writes them as English does.
extension Language {
    /// January first.
    public var monthNames: [String] {
        switch self {
        case .en, .qps:
            [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
        case .id:
            [
                "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                "November", "Desember",
            ]
        }
    }

    /// `20 November 2026`, `20 Oktober 2026`: the day, the month's name, the year.
    public func longDate(_ date: CalendarDate) -> String {
        "\(date.day) \(monthNames[max(0, min(11, date.month - 1))]) \(date.year)"
    }

    /// Between groups of three digits: `1,234` / `1.234`.
    public var groupSeparator: Character {
        switch self {
        case .en, .qps: ","
        case .id: "."
        }
    }

    /// Before the fraction: `0.5` / `0,5`.
    public var decimalSeparator: Character {
        switch self {
        case .en, .qps: "."
        case .id: ","
        }
    }

    /// Before an amount of rupiah: `IDR 1,000` / `Rp 1.000`.
    public var rupiahPrefix: String {
        switch self {
        case .en, .qps: "IDR "
        case .id: "Rp "
        }
    }

    /// The language's name in itself, for a link that switches to it.
    public var endonym: String {
        switch self {
        case .en: "English"
        case .id: "Bahasa Indonesia"
        case .qps: "⟦English⟧"
        }
    }
}
