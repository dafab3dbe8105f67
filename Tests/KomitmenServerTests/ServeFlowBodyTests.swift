import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// Issue 23: a JSON-style (flow) body without `submitted` gets the date as a block-style one does,
/// written as an entry just after the period's value, inside the braces, the rest byte for byte;
/// where there is no safe place, a 422 that says to add `submitted: DATE`.
@Suite struct ServeFlowBodyTests {
    static let path = "/api/v1/reports/2026-Q3/dprd-ntt"
    static let values =
        "{\"complaints_received\": 16, \"complaints_resolved\": 9, \"budget_allocated_idr\": 635000000}"

    /// Files `body` as dprd-ntt's 2026-Q3 report; `check` gets the answer and the file stored.
    static func file(_ body: String, _ check: @Sendable (TestResponse, String?) throws -> Void) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let answer = try await client.call(.put, path, token: fixture.signatoryToken, body: body)
            try check(answer, fixture.read("reports/2026-Q3/dprd-ntt.yaml"))
        }
    }

    @Test func aOneLineJSONBodyGetsTheDateAfterItsPeriod() async throws {
        let body = "{\"signatory\": \"dprd-ntt\", \"period\": \"2026-Q3\", \"values\": \(Self.values)}\n"
        try await Self.file(body) { answer, stored in
            #expect(answer.status == .created, "\(answer.text)")
            #expect(
                stored
                    == "{\"signatory\": \"dprd-ntt\", \"period\": \"2026-Q3\", \"submitted\": \"2026-11-20\", "
                    + "\"values\": \(Self.values)}\n")
            #expect(answer.json["warnings"] as? [Any] != nil)
        }
    }

    @Test func aMultiLineJSONBodyGetsTheDateOnItsPeriodLine() async throws {
        let body = """
            {
              "signatory": "dprd-ntt",
              "period": "2026-Q3",
              "values": \(Self.values)
            }

            """
        try await Self.file(body) { answer, stored in
            #expect(answer.status == .created, "\(answer.text)")
            #expect(
                stored
                    == body.replacingOccurrences(
                        of: "\"period\": \"2026-Q3\",", with: "\"period\": \"2026-Q3\", \"submitted\": \"2026-11-20\",")
            )
        }
    }

    @Test func aPeriodWrittenLastOrPlainOrWithEscapesStillGetsTheDateAfterIt() async throws {
        let cases: [(body: String, stored: String)] = [
            (
                "{\"signatory\": \"dprd-ntt\", \"values\": \(Self.values), \"period\": \"2026-Q3\"}\n",
                "{\"signatory\": \"dprd-ntt\", \"values\": \(Self.values), \"period\": \"2026-Q3\", \"submitted\": \"2026-11-20\"}\n"
            ),
            (
                "{signatory: dprd-ntt, period: 2026-Q3, values: \(Self.values)}\n",
                "{signatory: dprd-ntt, period: 2026-Q3, submitted: 2026-11-20, values: \(Self.values)}\n"
            ),
            (
                "{signatory: dprd-ntt, period: '2026-Q3' , values: \(Self.values)}\n",
                "{signatory: dprd-ntt, period: '2026-Q3', submitted: 2026-11-20 , values: \(Self.values)}\n"
            ),
            // `\u0051` is Q, `\"` does not end the text: the date goes after the closing quote.
            (
                "{\"signatory\": \"dprd-ntt\", \"period\": \"2026-\\u0051\\u0033\", \"values\": \(Self.values)}\n",
                "{\"signatory\": \"dprd-ntt\", \"period\": \"2026-\\u0051\\u0033\", \"submitted\": \"2026-11-20\", \"values\": \(Self.values)}\n"
            ),
        ]
        for (index, (body, stored)) in cases.enumerated() {
            try await Self.file(body) { answer, file in
                #expect(answer.status == .created, "case \(index): \(answer.text)")
                #expect(file == stored, "case \(index)")
            }
        }
    }

    @Test func commentsAndKeysThatMentionPeriodAreNotTakenForIt() async throws {
        let body = """
            {
              # "period": "2026-Q1", here the date must not go
              "signatory": "dprd-ntt",
              "values": \(Self.values),
              "narrative": "the \\"period\\": 2026-Q1 was quiet",
              "period": "2026-Q3"  # the real one
            }

            """
        try await Self.file(body) { answer, stored in
            #expect(answer.status == .created, "\(answer.text)")
            #expect(
                stored
                    == body.replacingOccurrences(
                        of: "\"period\": \"2026-Q3\"  #",
                        with: "\"period\": \"2026-Q3\", \"submitted\": \"2026-11-20\"  #"))
        }
    }

    @Test func aQuotedKeyHoldingPeriodIsAnUnknownFieldAnsweredWhereItWasWritten() async throws {
        // The date goes after the real period (before the unknown key), and the unknown key's error
        // is answered at its column in the body sent, not the body with the date in.
        let body =
            "{\"signatory\": \"dprd-ntt\", \"period\": \"2026-Q3\", \"the period\": \"2026-Q1\", \"values\": \(Self.values)}\n"
        try await Self.file(body) { answer, stored in
            #expect(answer.status == .unprocessableContent)
            #expect(answer.errorCode == "invalid_report")
            #expect(stored == nil)
            let diagnostics = try #require(answer.json["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?["code"] as? String == "unknown-field")
            #expect(diagnostics.first?["message"] as? String == "unknown field 'the period'")
            #expect(diagnostics.first?["line"] as? Int == 1)
            let column = body.distance(from: body.startIndex, to: body.range(of: "\"the period\"")!.lowerBound) + 1
            #expect(diagnostics.first?["column"] as? Int == column)
        }
    }

    @Test func aPeriodOnlyInsideANestedMappingIsMissingAndTheDateHasNoPlace() async throws {
        let body = "{\"signatory\": \"dprd-ntt\", \"values\": {\"period\": \"2026-Q3\", \"complaints_received\": 16}}\n"
        try await Self.file(body) { answer, stored in
            #expect(answer.status == .unprocessableContent)
            #expect(answer.errorCode == "invalid_report")
            #expect(stored == nil)
            let diagnostics = try #require(answer.json["diagnostics"] as? [[String: Any]])
            let shown = diagnostics.map { "\($0["line"] ?? ""):\($0["column"] ?? "") \($0["message"] ?? "")" }
            #expect(shown.contains("1:1 missing field 'period'"), "\(shown)")
            #expect(
                shown.contains("1:1 the server could not write the date into this report: add submitted: 2026-11-20"),
                "\(shown)")
            #expect(!shown.contains("1:1 missing field 'submitted'"))
        }
    }

    @Test func noSafePlaceIsAClear422SayingWhatToAdd() async throws {
        // An anchor before the period's value: where the value ends cannot be told safely.
        let body = "{\"signatory\": \"dprd-ntt\", \"period\": &p \"2026-Q3\", \"values\": \(Self.values)}\n"
        try await Self.file(body) { answer, stored in
            #expect(answer.status == .unprocessableContent, "\(answer.text)")
            #expect(answer.errorCode == "submitted_date")
            #expect(answer.errorMessage == "add submitted: 2026-11-20 to the report; nothing was stored")
            #expect(stored == nil)
            let diagnostics = try #require(answer.json["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?["code"] as? String == "missing-field")
            #expect(diagnostics.first?["line"] as? Int == 1 && diagnostics.first?["column"] as? Int == 1)
            #expect(
                diagnostics.first?["message"] as? String
                    == "the server could not write the date into this report: add submitted: 2026-11-20")
        }
    }
}
