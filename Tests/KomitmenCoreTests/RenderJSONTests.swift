import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

@testable import KomitmenRender

@Suite struct RenderJSONTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func schema() throws -> JSONSchemaSubset {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("docs/summary.schema.json"))
        return JSONSchemaSubset(schema: try JSONSerialization.jsonObject(with: data))
    }

    static func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func numbersArePrintedExactly() {
        #expect(JSONValue.format(3) == "3")
        #expect(JSONValue.format(-0.0) == "0")
        #expect(JSONValue.format(0.25) == "0.25")
        #expect(JSONValue.format(1.0 / 3.0) == "0.3333333333333333")
        #expect(JSONValue.format(2.0 / 3.0) == "0.6666666666666666")
        #expect(JSONValue.format(0.1 + 0.2) == "0.30000000000000004")
        #expect(JSONValue.format(1e-7) == "1e-07")
        #expect(JSONValue.format(300_000_000) == "300000000")
        // 2^53 + 1 rounds to 2^53: past it not every integer is a Double.
        #expect(JSONValue.format(Double(sign: .plus, exponent: 53, significand: 1) + 1) == "9007199254740992.0")
        #expect(JSONValue.format(.nan) == "null")
        #expect(JSONValue.format(.infinity) == "null")
        // Every form is a JSON number that reads back as the same Double (with Swift's correctly
        // rounded parser: Foundation's JSONSerialization on Linux reads 0.30000000000000004 as
        // 0.3000000000000001).
        let jsonNumber = #/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/#
        for value in [
            1.0 / 3.0, 0.1 + 0.2, 1e-7, 1.5e300, 123_456_789.125, 0.6172835, 9_007_199_254_740_992, -2.5e-300,
        ] {
            let text = JSONValue.format(value)
            #expect(text.wholeMatch(of: jsonNumber) != nil, "\(text)")
            #expect(Double(text) == value, "\(text)")
        }
    }

    @Test func stringsAreEscaped() throws {
        let value = JSONValue.object(["k": .string("a\"b\\c\nd\u{1}e\u{2028}é/")])
        let text = value.serialized(pretty: false)
        #expect(text == #"{"k":"a\"b\\c\nd\u0001e\u2028é/"}"#)
        let parsed = try Self.parse(text)
        #expect(parsed["k"] as? String == "a\"b\\c\nd\u{1}e\u{2028}é/")
    }

    @Test func keysAreSortedAndOutputIsStable() {
        let json = JSONRenderer(language: .en).render(RenderSample.summary)
        #expect(json == JSONRenderer(language: .en).render(RenderSample.summary))
        let topKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }
            .map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
        #expect(topKeys == topKeys.sorted())
        #expect(topKeys.contains("declaration") && topKeys.contains("as_of") && topKeys.contains("filing"))
    }

    @Test func carriesTheDesignFields() throws {
        let json = try Self.parse(JSONRenderer(language: .en).render(RenderSample.summary))
        #expect(json["declaration"] as? String == "test-declaration")
        #expect(json["quarter"] as? String == "2026-Q1")
        #expect(json["as_of"] as? String == "2026-05-01")
        #expect(json["due_date"] as? String == "2026-04-15")
        let filing = try #require(json["filing"] as? [String: Any])
        // One on time, one late, one missing, one not expected: expected 3.
        #expect(filing["on_time"] as? Int == 1)
        #expect(filing["late"] as? Int == 1)
        #expect(filing["missing"] as? Int == 1)
        #expect(filing["not_due"] as? Int == 0)
        #expect(filing["expected"] as? Int == 3)
        #expect(filing["completeness"] as? Double == 2.0 / 3.0)
        #expect(filing["timeliness"] as? Double == 1.0 / 3.0)
        let signatories = try #require(json["signatories"] as? [[String: Any]])
        #expect(signatories.map { $0["id"] as? String } == ["pemkab-x", "lsm-baru", "polda-ntt", "sinode-gmit"])
        #expect(signatories[0]["filing"] as? String == "late")
        #expect(signatories[0]["days_late"] as? Int == 5)
        #expect(signatories[2]["days_late"] is NSNull)
        #expect(signatories[3]["filing"] as? String == "missing")
        let indicators = try #require(signatories[2]["indicators"] as? [[String: Any]])
        #expect(indicators[0]["id"] as? String == "tppo_cases_investigated")
        #expect(indicators[0]["value"] as? Double == 40)
        #expect(indicators[0]["target"] as? Double == 100)
        #expect(indicators[0]["progress"] as? Double == 0.4)
        #expect(indicators[0]["expected"] as? Double == 1.0 / 3.0)
        #expect(indicators[0]["status"] as? String == "on-track")
        #expect(indicators[1]["value"] is NSNull)
        #expect(indicators[1]["progress"] is NSNull)
        #expect(indicators[1]["status"] as? String == "no-data")
        let stakeholders = try #require(json["stakeholders"] as? [[String: Any]])
        #expect(stakeholders.map { $0["id"] as? String } == ["government", "ngo", "police", "religious"])
        let police = try #require(stakeholders[2]["statuses"] as? [String: Int])
        #expect(police == ["achieved": 1, "on_track": 1, "at_risk": 0, "off_track": 0, "no_data": 1])
        let goals = try #require(json["goals"] as? [[String: Any]])
        #expect(goals.map { $0["signatories"] as? Int } == [1, 2])
        #expect(((goals[1]["filing"] as? [String: Any])?["completeness"] as? Double) == 0.5)
    }

    @Test func ratiosAreNullWhenNothingIsExpected() throws {
        let json = try Self.parse(JSONRenderer().render(RenderSample.nothingExpected))
        let filing = try #require(json["filing"] as? [String: Any])
        #expect(filing["expected"] as? Int == 0)
        #expect(filing["completeness"] is NSNull)
        #expect(filing["timeliness"] is NSNull)
        #expect(try Self.schema().validate(json).isEmpty)
    }

    @Test(arguments: Language.allCases) func validatesAgainstTheSchema(language: Language) throws {
        let json = try Self.parse(JSONRenderer(language: language).render(RenderSample.summary))
        let problems = try Self.schema().validate(json)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// The validator itself catches what the schema forbids (else the test above proves nothing).
    @Test func schemaRejectsWrongDocuments() throws {
        let schema = try Self.schema()
        let good = try Self.parse(JSONRenderer().render(RenderSample.summary))
        var missing = good
        missing["filing"] = nil
        #expect(schema.validate(missing).contains { $0.contains("filing") })
        var extra = good
        extra["surprise"] = 1
        #expect(!schema.validate(extra).isEmpty)
        var percent = good
        var filing = try #require(good["filing"] as? [String: Any])
        filing["completeness"] = 66.7  // a percentage, not a fraction
        percent["filing"] = filing
        #expect(schema.validate(percent).contains { $0.contains("maximum") })
        var status = good
        var signatories = try #require(good["signatories"] as? [[String: Any]])
        var indicators = try #require(signatories[2]["indicators"] as? [[String: Any]])
        indicators[0]["status"] = "great"
        signatories[2]["indicators"] = indicators
        status["signatories"] = signatories
        #expect(schema.validate(status).contains { $0.contains("great") })
        var quarter = good
        quarter["quarter"] = "2026-Q5"
        #expect(!schema.validate(quarter).isEmpty)
        var type = good
        type["as_of"] = 20_260_501
        #expect(!schema.validate(type).isEmpty)
    }

    @Test func schemaUsesOnlyWhatTheValidatorKnows() throws {
        let schema = try Self.schema()
        let defs = try #require(schema.root["$defs"] as? [String: Any])
        #expect(schema.root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        func walk(_ node: Any, _ path: String) {
            if let object = node as? [String: Any] {
                let isSchema = path.hasSuffix("$defs") == false && path.hasSuffix("properties") == false
                if isSchema {
                    for key in object.keys {
                        #expect(
                            JSONSchemaSubset.annotations.contains(key) || JSONSchemaSubset.keywords.contains(key),
                            "\(path).\(key)")
                    }
                }
                for (key, value) in object where key != "enum" && key != "required" { walk(value, path + "." + key) }
            }
        }
        walk(schema.root, "$")
        #expect(defs["filingCounts"] != nil)
    }
}

/// The engine's output for the shipped `commitments/` repository, through every renderer.
@Suite struct RenderShippedCommitmentsTests {
    static func summary() throws -> Summary {
        let root = RenderJSONTests.packageRoot.appendingPathComponent("commitments").path
        let repository = RepositoryLoader(registry: compiledInPlugins).load(root)
        #expect(!repository.hasErrors)
        let asOf = CalendarDate("2026-11-20")!
        return try SummaryEngine(repository: repository, registry: compiledInPlugins, asOf: asOf).summary(asOf: asOf)
    }

    @Test func jsonValidatesAgainstTheSchema() throws {
        let summary = try Self.summary()
        for language in Language.allCases {
            let json = try RenderJSONTests.parse(JSONRenderer(language: language).render(summary))
            let problems = try RenderJSONTests.schema().validate(json)
            #expect(problems.isEmpty, "\(problems.prefix(10))")
            #expect((json["signatories"] as? [Any])?.count == summary.signatories.count)
        }
    }

    @Test func everyFormatRenders() throws {
        let summary = try Self.summary()
        for format in SummaryFormat.allCases {
            for language in Language.allCases {
                let text = format.renderer(language: language).render(summary)
                #expect(text.count > 1000, "\(format) \(language)")
                #expect(
                    text.contains(summary.signatories[0].id) || format == .html || format == .markdown
                        || format == .text)
            }
        }
    }
}
