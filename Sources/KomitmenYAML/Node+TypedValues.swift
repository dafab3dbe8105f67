/// Reading a node as the type the caller expects, with a message a clerk can act on when it is not.
extension Node {
    /// The text of the node quoted for a message.
    var shown: String {
        guard let scalar else { return "" }
        let text = scalar.value.count > 40 ? String(scalar.value.prefix(40)) + "…" : scalar.value
        return "'\(text)'"
    }

    /// Whether this is an empty plain scalar or `null`/`~`.
    public var isNull: Bool {
        guard let scalar, tag == nil, scalar.style == .plain else { return false }
        return CoreSchema.isNull(scalar.value)
    }

    /// "expected a whole number, found '1.500'": `wrong-type`, or `thousands-separator` when a note
    /// says the dots are thousands separators.
    func expected(
        _ what: Phrase, hint: Phrase? = nil, note: Phrase? = nil,
        code: DiagnosticCode = .wrongType
    ) -> Diagnostic {
        let found: Phrase = scalar == nil || isNull ? kindName : Phrase(verbatim: shown)
        let message = Phrase(en: "expected \(what.en), found ", id: "seharusnya \(what.id), tertulis ") + found
        return error(note == nil ? code : .thousandsSeparator, note.map { message + $0 } ?? message, hint: hint)
    }

    private static let wholeNumberName = Phrase(en: "a whole number", id: "bilangan bulat")
    // Made once: a phrase made at the top of every read (for its error) was an array allocated
    // and freed for every value read, error or not.
    private static let numberName = Phrase(en: "a number", id: "angka")
    private static let booleanName = Phrase(en: "true or false", id: "true atau false")
    private static let dateName = Phrase(en: "a date (YYYY-MM-DD)", id: "tanggal (TTTT-BB-HH)")

    /// A scalar that is text (any scalar but null) on one line, without control characters
    /// (`Node+SafeText.swift`); other kinds of node are an error.
    public func text() throws(Diagnostic) -> String {
        guard let scalar, !isNull else { throw expected(Phrase(en: "text", id: "teks")) }
        return try checkedText(scalar.value, multiline: false)
    }

    /// A whole number, written as plain digits.
    public func int() throws(Diagnostic) -> Int {
        guard let scalar, !isNull else { throw expected(Self.wholeNumberName) }
        if scalar.style.isQuoted || tag != nil {
            if CoreSchema.wholeNumber(scalar.value) != nil {
                throw expected(
                    Self.wholeNumberName,
                    hint: Phrase(
                        en: "a value in quotes is text; remove the quotes",
                        id: "nilai dalam tanda kutip adalah teks; hapus tanda kutipnya"))
            }
            throw expected(Self.wholeNumberName)
        }
        if let value = CoreSchema.wholeNumber(scalar.value) { return value }
        if let sign = CoreSchema.wholeNumberOverflow(scalar.value) { throw outOfRange(sign) }
        throw expected(Self.wholeNumberName, hint: Self.wholeNumberHint(scalar.value), note: thousandsNote)
    }

    /// Digits that do not fit in 64 bits: "too large", not "not a whole number".
    private func outOfRange(_ sign: Int) -> Diagnostic {
        sign > 0
            ? error(
                .numberOutOfRange,
                Phrase(
                    en: "\(shown) is too large: a whole number here is at most \(Int.max)",
                    id: "\(shown) terlalu besar: bilangan bulat di sini paling besar \(Int.max)"),
                hint: Phrase(
                    en: "check the number; it has \(scalar?.value.count ?? 0) digits",
                    id: "periksa angkanya; panjangnya \(scalar?.value.count ?? 0) digit"))
            : error(
                .numberOutOfRange,
                Phrase(
                    en: "\(shown) is too small: a whole number here is at least \(Int.min)",
                    id: "\(shown) terlalu kecil: bilangan bulat di sini paling kecil \(Int.min)"))
    }

    /// "'0001-01-01' is out of range: years run from 1900 to 2999", for dates and quarters alike.
    public static func yearOutOfRange(_ text: String) -> Phrase {
        let years = CalendarDate.dataYears
        return Phrase(
            en: "'\(text)' is out of range: years run from \(years.lowerBound) to \(years.upperBound)",
            id: "'\(text)' di luar rentang: tahun harus dari \(years.lowerBound) sampai \(years.upperBound)")
    }

    static let checkTheNumber = Phrase(en: "check the number", id: "periksa angkanya")
    public static let checkTheYear = Phrase(en: "check the year", id: "periksa tahunnya")

    /// What a person probably meant by a number that is not plain digits.
    static func wholeNumberHint(_ text: String) -> Phrase? {
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        if isGrouped(unsigned, separator: ".") {
            let plain = unsigned.filter { $0 != "." }
            return Phrase(
                en: "'\(text)' looks like an Indonesian thousands separator; write \(plain) without dots",
                id: "'\(text)' tampaknya memakai titik sebagai pemisah ribuan; tulis \(plain) tanpa titik")
        }
        if let (whole, fraction) = indonesianDecimal(unsigned) {
            let plain = (text.hasPrefix("-") ? "-" : "") + whole
            if fraction.allSatisfy({ $0 == "0" }) {
                return Phrase(
                    en: "'\(text)' looks like Indonesian thousands separators and a decimal comma; write \(plain)",
                    id: "'\(text)' tampaknya memakai titik pemisah ribuan dan koma desimal; tulis \(plain)")
            }
            return Phrase(
                en:
                    "'\(text)' looks like Indonesian thousands separators and a decimal comma; only whole numbers are allowed here, such as \(plain)",
                id:
                    "'\(text)' tampaknya memakai titik pemisah ribuan dan koma desimal; di sini hanya boleh bilangan bulat, seperti \(plain)"
            )
        }
        if isGrouped(unsigned, separator: ",") || isGrouped(unsigned, separator: "_")
            || isGrouped(unsigned, separator: " ")
        {
            let plain = unsigned.filter { $0.isNumber }
            return Phrase(
                en: "write digits only, without separators: \(plain)",
                id: "tulis angka saja, tanpa pemisah: \(plain)")
        }
        if unsigned.count > 1, unsigned.first == "0", unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let trimmed = unsigned.drop { $0 == "0" }
            return Phrase(
                en: "remove the leading zeros: \(trimmed.isEmpty ? "0" : trimmed)",
                id: "hapus angka nol di depan: \(trimmed.isEmpty ? "0" : trimmed)")
        }
        if CoreSchema.looksLikeDecimal(text) {
            return Phrase(en: "only whole numbers are allowed here", id: "di sini hanya boleh bilangan bulat")
        }
        return nil
    }

    /// `1.234`, `12.345.678`: groups of three digits after the first group of one to three.
    /// Said in the message itself (not only in the hint) when a number is written with dots as
    /// thousands separators, the way Indonesian is written: the commonest mistake in these files.
    public var thousandsNote: Phrase? {
        guard let text = scalar?.value else { return nil }
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        guard Self.isGrouped(unsigned, separator: ".") || Self.indonesianDecimal(unsigned) != nil else { return nil }
        return Phrase(en: " (a dot is not a thousands separator here)", id: " (titik bukan pemisah ribuan di sini)")
    }

    /// `1.500.000,00` → ("1500000", "00"): dots between groups of three, then a decimal comma, the
    /// way Indonesian writes amounts. Nil for anything else.
    static func indonesianDecimal(_ text: String) -> (whole: String, fraction: Substring)? {
        guard let comma = text.lastIndex(of: ",") else { return nil }
        let whole = text[..<comma]
        let fraction = text[text.index(after: comma)...]
        guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
            isGrouped(String(whole), separator: ".")
        else { return nil }
        return (whole.filter { $0 != "." }, fraction)
    }

    private static func isGrouped(_ text: String, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// A decimal number (`0.9`, `12`).
    public func decimal() throws(Diagnostic) -> Double {
        let name = Self.numberName
        guard let scalar, !isNull, !scalar.style.isQuoted, tag == nil else { throw expected(name) }
        switch CoreSchema.resolve(scalar.value) {
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: break
        }
        if CoreSchema.looksLikeDecimal(scalar.value) {
            throw error(
                .numberOutOfRange,
                Phrase(en: "\(shown) is too large for a number", id: "\(shown) terlalu besar untuk sebuah angka"),
                hint: Self.checkTheNumber)
        }
        if [".inf", ".Inf", ".INF", "+.inf", "-.inf", ".nan", ".NaN", ".NAN"].contains(scalar.value) {
            throw expected(
                name,
                hint: Phrase(
                    en: "infinity and NaN are not numbers here; write the value",
                    id: "tak hingga dan NaN bukan angka di sini; tulis nilainya"))
        }
        let unsigned = scalar.value.hasPrefix("-") ? String(scalar.value.dropFirst()) : scalar.value
        if let (whole, fraction) = Self.indonesianDecimal(unsigned) {
            let plain = (scalar.value.hasPrefix("-") ? "-" : "") + whole + "." + fraction
            throw expected(
                name,
                hint: Phrase(
                    en:
                        "'\(scalar.value)' looks like Indonesian thousands separators and a decimal comma; write \(plain)",
                    id: "'\(scalar.value)' tampaknya memakai titik pemisah ribuan dan koma desimal; tulis \(plain)"),
                code: .thousandsSeparator)
        }
        if scalar.value.contains(",") {
            throw expected(
                name,
                hint: Phrase(
                    en: "write decimals with a point: \(String(scalar.value.map { $0 == "," ? "." : $0 }))",
                    id: "tulis desimal dengan titik: \(String(scalar.value.map { $0 == "," ? "." : $0 }))"))
        }
        throw expected(name)
    }

    /// `true` or `false`: YAML 1.2's only booleans.
    public func bool() throws(Diagnostic) -> Bool {
        let name = Self.booleanName
        guard let scalar, !isNull else { throw expected(name) }
        if scalar.style == .plain && tag == nil, case .bool(let value) = CoreSchema.resolve(scalar.value) {
            return value
        }
        let yes: Set<String> = ["yes", "Yes", "YES", "y", "Y", "on", "On", "ON", "ya", "Ya", "YA"]
        let no: Set<String> = ["no", "No", "NO", "n", "N", "off", "Off", "OFF", "tidak", "Tidak", "TIDAK"]
        if yes.contains(scalar.value) {
            throw expected(
                name, hint: Phrase(en: "write true instead of \(scalar.value)", id: "tulis true, bukan \(scalar.value)")
            )
        }
        if no.contains(scalar.value) {
            throw expected(
                name,
                hint: Phrase(en: "write false instead of \(scalar.value)", id: "tulis false, bukan \(scalar.value)"))
        }
        throw expected(name)
    }

    /// A date written `YYYY-MM-DD` that exists in the calendar.
    public func date() throws(Diagnostic) -> CalendarDate {
        let name = Self.dateName
        guard let scalar, !isNull else { throw expected(name) }
        if let date = CalendarDate(scalar.value) {
            guard CalendarDate.dataYears.contains(date.year) else {
                throw error(.yearOutOfRange, Self.yearOutOfRange(scalar.value), hint: Self.checkTheYear)
            }
            return date
        }
        if CalendarDate.looksLikeDate(scalar.value) {
            throw error(
                .invalidDate,
                Phrase(en: "\(shown) is not a day in the calendar", id: "\(shown) bukan tanggal yang ada di kalender"))
        }
        throw expected(
            name,
            hint: Phrase(
                en: "write dates as year-month-day, for example 2026-01-12",
                id: "tulis tanggal sebagai tahun-bulan-hari, misalnya 2026-01-12"))
    }

    /// The key/value pairs of a mapping node.
    public func pairs() throws(Diagnostic) -> [Pair] {
        guard let mapping else {
            throw expected(Phrase(en: "a mapping (key: value lines)", id: "pemetaan (baris kunci: nilai)"))
        }
        return mapping
    }

    /// The items of a list node.
    public func items() throws(Diagnostic) -> [Node] {
        guard let sequence else {
            throw expected(Phrase(en: "a list (lines starting with '- ')", id: "daftar (baris diawali '- ')"))
        }
        return sequence
    }
}
