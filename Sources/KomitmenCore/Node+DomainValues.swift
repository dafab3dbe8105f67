import KomitmenYAML

/// Typed reads that the domain needs on top of the YAML core schema.
extension Node {
    /// A whole number ≥ 0.
    func count() throws(Diagnostic) -> Int {
        let value: Int
        do throws(Diagnostic) {
            value = try int()
        } catch {
            // Too many digits for 64 bits: `int()` says "too large", which is clearer.
            if let text = scalar?.value, CoreSchema.wholeNumberOverflow(text) == 1 { throw error }
            throw notACount(hint: error.hint)
        }
        guard value >= 0 else { throw notACount(hint: nil) }
        return value
    }

    /// The message for `count()`, built only when it is needed (counts are read by the thousand).
    private func notACount(hint: Phrase?) -> Diagnostic {
        let message = CoreWords.expectedACountFound
        let found = scalar == nil || isNull ? kindName : Phrase(verbatim: "'\(scalar!.value)'")
        guard let note = thousandsNote else { return error(.wrongType, message + found, hint: hint) }
        return error(.thousandsSeparator, message + found + note, hint: hint)
    }

    /// Whole rupiah ≥ 0, written without `Rp` and without dots.
    func rupiah() throws(Diagnostic) -> Int {
        // Lowercased only when it may start with "Rp": a digit (nearly always) cannot, and making a
        // lowercased copy of every amount cost more than reading it.
        if let text = scalar?.value, Self.mayStartWithRp(text), text.lowercased().hasPrefix("rp") {
            throw error(
                .rupiahPrefix,
                CoreWords.expectedRupiah(text),
                hint: CoreWords.writeRupiahPlain)
        }
        return try count()
    }

    /// False when the first byte is ASCII other than `r` or `R`: then the lowercased text starts
    /// with that byte's lowercase, not `r`.
    static func mayStartWithRp(_ text: String) -> Bool {
        guard let first = text.utf8.first, first < 0x80 else { return true }
        return first == UInt8(ascii: "r") || first == UInt8(ascii: "R")
    }

    /// A value in an indicator's unit, as a number (booleans count 1 or 0).
    func indicatorValue(_ unit: IndicatorUnit) throws(Diagnostic) -> Double {
        switch unit {
        case .count:
            return Double(try count())
        case .rupiah:
            return Double(try rupiah())
        case .percent:
            let value = try decimal()
            guard (0...100).contains(value) else {
                throw error(
                    .percentOutOfRange,
                    CoreWords.expectedAPercentage(scalar?.value ?? ""))
            }
            return value
        case .boolean:
            return try bool() ? 1 : 0
        }
    }

    /// A quarter written `YYYY-Qn`.
    func quarter() throws(Diagnostic) -> Quarter {
        let text = try self.text()
        if let quarter = Quarter(text) {
            guard CalendarDate.dataYears.contains(quarter.year) else {
                throw error(.yearOutOfRange, Node.yearOutOfRange(text), hint: Node.checkTheYear)
            }
            return quarter
        }
        let upper = text.uppercased().replacing(" ", with: "")
        let hint: Phrase =
            Quarter(upper).map { CoreWords.write("\($0)") }
            ?? CoreWords.writeAQuarter
        throw error(
            .invalidQuarter,
            CoreWords.expectedAQuarter(text), hint: hint)
    }

    /// An id of lowercase letters, digits and dashes.
    func identifier() throws(Diagnostic) -> String {
        let text = try self.text()
        guard isIdentifier(text) else {
            let suggestion = String(text.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
            throw error(
                .invalidID,
                CoreWords.invalidID(text),
                hint: CoreWords.forExample(suggestion))
        }
        return text
    }

    /// Text given either as one string or as a map of language codes.
    func localizedText() throws(Diagnostic) -> LocalizedText {
        if let pairs = mapping {
            var texts: [String: String] = [:]
            for pair in pairs {
                guard let language = pair.key.scalar?.value else { continue }
                guard Language(spokenCode: language) != nil else {
                    throw pair.key.error(.unknownLanguage, CoreWords.unknownLanguage(language))
                }
                texts[language] = try pair.value.text()
            }
            guard !texts.isEmpty else { throw error(.emptyText, CoreWords.textIsEmpty) }
            return LocalizedText(texts)
        }
        return LocalizedText(try text())
    }
}

/// Whether `text` is an id: lowercase letters a-z, digits and '-', at least one.
func isIdentifier(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
}
