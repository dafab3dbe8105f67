import Testing

@testable import KomitmenYAML

/// The value node of `v:` in a one-line document.
func value(_ text: String) throws -> Node {
    try #require(try root("v: \(text)\n")["v"])
}

func failure<T>(_ read: () throws -> T) -> Diagnostic? {
    do {
        _ = try read()
        return nil
    } catch {
        return error as? Diagnostic
    }
}

@Suite struct TypedValueTests {
    @Test(arguments: ["true", "false"])
    func yaml12BooleansAreBooleans(_ text: String) throws {
        #expect(try value(text).bool() == (text == "true"))
    }

    @Test(arguments: ["yes", "no", "on", "off", "Ya"])
    func yaml11BooleansAreTextWithAHint(_ text: String) throws {
        let node = try value(text)
        #expect(try node.text() == text)
        let error = try #require(failure { try node.bool() })
        #expect(error.mark == Mark(line: 1, column: 4))
        #expect(error.message.en == "expected true or false, found '\(text)'")
        #expect(error.hint != nil)
    }

    @Test func wholeNumbers() throws {
        #expect(try value("120").int() == 120)
        #expect(try value("-3").int() == -3)
        #expect(try value("0").int() == 0)
    }

    @Test(
        arguments: [
            ("1_000", "write digits only, without separators: 1000"),
            ("0755", "remove the leading zeros: 755"),
            ("1.234", "'1.234' looks like an Indonesian thousands separator; write 1234 without dots"),
            ("12.345.678", "'12.345.678' looks like an Indonesian thousands separator; write 12345678 without dots"),
            ("1,5", nil),
            ("2.5", "only whole numbers are allowed here"),
            ("0x1F", nil),
            ("\"12\"", "a value in quotes is text; remove the quotes"),
        ] as [(String, String?)])
    func notWholeNumbers(_ text: String, _ hint: String?) throws {
        let node = try value(text)
        let error = try #require(failure { try node.int() })
        #expect(error.mark == Mark(line: 1, column: 4))
        #expect(error.message.en.hasPrefix("expected a whole number, found "))
        #expect(error.hint?.en == hint)
        #expect(
            error.message.en.contains("thousands separator") == (hint?.contains("thousands") ?? false),
            "\(error.message.en)")
    }

    @Test func decimals() throws {
        #expect(try value("0.9").decimal() == 0.9)
        #expect(try value("1").decimal() == 1)
        #expect(try value(".5").decimal() == 0.5)
        let error = try #require(failure { try value("0,9").decimal() })
        #expect(error.hint?.en == "write decimals with a point: 0.9")
    }

    @Test func datesAreCheckedAgainstTheCalendar() throws {
        #expect(try value("2024-02-29").date() == CalendarDate(year: 2024, month: 2, day: 29))
        let error = try #require(failure { try value("2026-02-30").date() })
        #expect(error.mark == Mark(line: 1, column: 4))
        #expect(error.message.en == "'2026-02-30' is not a day in the calendar")
        let shape = try #require(failure { try value("12/01/2026").date() })
        #expect(shape.message.en == "expected a date (YYYY-MM-DD), found '12/01/2026'")
    }

    @Test func quotedScalarIsAlwaysText() throws {
        #expect(try value("'true'").text() == "true")
        #expect(failure { try value("'true'").bool() } != nil)
        #expect(try value("\"2026-01-01\"").date() == CalendarDate("2026-01-01"))
    }

    @Test func calendarArithmetic() {
        let date = CalendarDate(year: 2025, month: 12, day: 31)!
        #expect(date.adding(days: 15).description == "2026-01-15")
        #expect(CalendarDate(year: 2026, month: 1, day: 12)!.dayNumber - date.dayNumber == 12)
        #expect(CalendarDate(dayNumber: 0).description == "1970-01-01")
    }

    @Test func coreSchemaResolution() {
        #expect(CoreSchema.resolve("~") == .null)
        #expect(CoreSchema.resolve("yes") == .string("yes"))
        #expect(CoreSchema.resolve("1e3") == .float(1000))
        #expect(CoreSchema.resolve("007") == .string("007"))
        #expect(CoreSchema.resolve("-0755") == .string("-0755"))
        #expect(CoreSchema.resolve("-0") == .int(0))
        #expect(failure { try value("0755").decimal() } != nil)
    }
}
