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
        let message = YAMLWords.expected(what) + found
        return error(note == nil ? code : .thousandsSeparator, note.map { message + $0 } ?? message, hint: hint)
    }

    /// A scalar that is text (any scalar but null) on one line, without control characters
    /// (`Node+SafeText.swift`); other kinds of node are an error.
    public func text() throws(Diagnostic) -> String {
        guard let scalar, !isNull else { throw expected(YAMLWords.text) }
        return try checkedText(scalar.value, multiline: false)
    }

    /// A whole number, written as plain digits.
    public func int() throws(Diagnostic) -> Int {
        guard let scalar, !isNull else { throw expected(YAMLWords.wholeNumber) }
        if scalar.style.isQuoted || tag != nil {
            if CoreSchema.wholeNumber(scalar.value) != nil {
                throw expected(
                    YAMLWords.wholeNumber,
                    hint: YAMLWords.removeTheQuotes)
            }
            throw expected(YAMLWords.wholeNumber)
        }
        if let value = CoreSchema.wholeNumber(scalar.value) { return value }
        if let sign = CoreSchema.wholeNumberOverflow(scalar.value) { throw outOfRange(sign) }
        throw expected(YAMLWords.wholeNumber, hint: Self.wholeNumberHint(scalar.value), note: thousandsNote)
    }

    /// Digits that do not fit in 64 bits: "too large", not "not a whole number".
    private func outOfRange(_ sign: Int) -> Diagnostic {
        sign > 0
            ? error(
                .numberOutOfRange,
                YAMLWords.tooLargeForAWholeNumber(shown),
                hint: YAMLWords.checkTheDigits(scalar?.value.count ?? 0))
            : error(
                .numberOutOfRange,
                YAMLWords.tooSmallForAWholeNumber(shown))
    }

    /// "'0001-01-01' is out of range: years run from 1900 to 2999", for dates and quarters alike.
    public static func yearOutOfRange(_ text: String) -> Phrase {
        let years = CalendarDate.dataYears
        return YAMLWords.yearOutOfRange(text, first: years.lowerBound, last: years.upperBound)
    }

    public static let checkTheYear = YAMLWords.checkTheYear

    /// What a person probably meant by a number that is not plain digits.
    static func wholeNumberHint(_ text: String) -> Phrase? {
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        if isGrouped(unsigned, separator: ".") {
            let plain = unsigned.filter { $0 != "." }
            return YAMLWords.writeWithoutDots(text, plain: plain)
        }
        if let (whole, fraction) = indonesianDecimal(unsigned) {
            let plain = (text.hasPrefix("-") ? "-" : "") + whole
            if fraction.allSatisfy({ $0 == "0" }) {
                return YAMLWords.writeWithoutGroupsAndComma(text, plain: plain)
            }
            return YAMLWords.onlyWholeNumbersSuchAs(text, plain: plain)
        }
        if isGrouped(unsigned, separator: ",") || isGrouped(unsigned, separator: "_")
            || isGrouped(unsigned, separator: " ")
        {
            let plain = unsigned.filter { $0.isNumber }
            return YAMLWords.writeDigitsOnly(plain)
        }
        if unsigned.count > 1, unsigned.first == "0", unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let trimmed = unsigned.drop { $0 == "0" }
            return YAMLWords.removeLeadingZeros(trimmed.isEmpty ? "0" : trimmed)
        }
        if CoreSchema.looksLikeDecimal(text) {
            return YAMLWords.onlyWholeNumbers
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
        return YAMLWords.dotIsNotAThousandsSeparator
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
        let name = YAMLWords.number
        guard let scalar, !isNull, !scalar.style.isQuoted, tag == nil else { throw expected(name) }
        switch CoreSchema.resolve(scalar.value) {
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: break
        }
        if CoreSchema.looksLikeDecimal(scalar.value) {
            throw error(
                .numberOutOfRange,
                YAMLWords.tooLargeForANumber(shown),
                hint: YAMLWords.checkTheNumber)
        }
        if [".inf", ".Inf", ".INF", "+.inf", "-.inf", ".nan", ".NaN", ".NAN"].contains(scalar.value) {
            throw expected(
                name,
                hint: YAMLWords.infinityIsNotANumber)
        }
        let unsigned = scalar.value.hasPrefix("-") ? String(scalar.value.dropFirst()) : scalar.value
        if let (whole, fraction) = Self.indonesianDecimal(unsigned) {
            let plain = (scalar.value.hasPrefix("-") ? "-" : "") + whole + "." + fraction
            throw expected(
                name,
                hint: YAMLWords.writeDecimal(scalar.value, plain: plain),
                code: .thousandsSeparator)
        }
        if scalar.value.contains(",") {
            throw expected(
                name,
                hint: YAMLWords.writeDecimalsWithAPoint(String(scalar.value.map { $0 == "," ? "." : $0 })))
        }
        throw expected(name)
    }

    /// `true` or `false`: YAML 1.2's only booleans.
    public func bool() throws(Diagnostic) -> Bool {
        let name = YAMLWords.trueOrFalse
        guard let scalar, !isNull else { throw expected(name) }
        if scalar.style == .plain && tag == nil, case .bool(let value) = CoreSchema.resolve(scalar.value) {
            return value
        }
        let yes: Set<String> = ["yes", "Yes", "YES", "y", "Y", "on", "On", "ON", "ya", "Ya", "YA"]
        let no: Set<String> = ["no", "No", "NO", "n", "N", "off", "Off", "OFF", "tidak", "Tidak", "TIDAK"]
        if yes.contains(scalar.value) {
            throw expected(
                name, hint: YAMLWords.writeTrue(scalar.value)
            )
        }
        if no.contains(scalar.value) {
            throw expected(
                name,
                hint: YAMLWords.writeFalse(scalar.value))
        }
        throw expected(name)
    }

    /// A date written `YYYY-MM-DD` that exists in the calendar.
    public func date() throws(Diagnostic) -> CalendarDate {
        let name = YAMLWords.date
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
                YAMLWords.notADay(shown))
        }
        throw expected(
            name,
            hint: YAMLWords.writeDatesAsYearMonthDay)
    }

    /// The key/value pairs of a mapping node.
    public func pairs() throws(Diagnostic) -> [Pair] {
        guard let mapping else {
            throw expected(YAMLWords.mapping)
        }
        return mapping
    }

    /// The items of a list node.
    public func items() throws(Diagnostic) -> [Node] {
        guard let sequence else {
            throw expected(YAMLWords.list)
        }
        return sequence
    }
}
