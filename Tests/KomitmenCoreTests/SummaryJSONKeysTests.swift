import Foundation
import Testing

@testable import KomitmenCore
@testable import KomitmenRender

/// The summary JSON's keys are spelled once (`SummaryJSONKeys`): each object's list is in
/// code-point order (the byte writer walks it in that order, and the document sorts its keys),
/// is exactly the object's properties in docs/summary.schema.json, and covers every state and
/// status whose counts it holds.
@Suite struct SummaryJSONKeysTests {
    static func schema() -> [String: Any] {
        let url = packageRoot.appendingPathComponent("docs/summary.schema.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// The properties of the schema object at `place`: a `$defs` name, `/`, or `/<property>`.
    static func properties(at place: String) -> Set<String> {
        let schema = schema()
        var object: [String: Any]?
        if place == "/" {
            object = schema
        } else if place.hasPrefix("/") {
            object = (schema["properties"] as? [String: Any])?[String(place.dropFirst())] as? [String: Any]
        } else {
            object = (schema["$defs"] as? [String: Any])?[place] as? [String: Any]
        }
        return Set(((object?["properties"] as? [String: Any]) ?? [:]).keys)
    }

    static func check<Key: SummaryJSONObject>(_: Key.Type, sourceLocation: SourceLocation = #_sourceLocation) {
        let names = Key.allCases.map(\.text)
        #expect(names == names.sorted(by: JSONValue.keyOrder), "\(Key.self) is not in code-point order")
        #expect(Set(names).count == names.count)
        let properties = properties(at: Key.schemaPlace)
        #expect(!properties.isEmpty, "the schema has no object at \(Key.schemaPlace)", sourceLocation: sourceLocation)
        #expect(
            Set(names) == properties, "\(Key.self) and the schema's \(Key.schemaPlace)", sourceLocation: sourceLocation)
    }

    @Test func everyObjectMatchesTheSchemaInCodePointOrder() {
        Self.check(SummaryKey.self)
        Self.check(FilingCountKey.self)
        Self.check(StatusCountKey.self)
        Self.check(ReviewCountKey.self)
        Self.check(SignatoryKey.self)
        Self.check(ReviewKey.self)
        Self.check(IndicatorKey.self)
        Self.check(HistoryKey.self)
        Self.check(BreakdownKey.self)
        Self.check(RollupKey.self)
        Self.check(TotalKey.self)
    }

    @Test func countsCoverEveryStateAndStatus() {
        let underscored = { (text: String) in text.replacingOccurrences(of: "-", with: "_") }
        let filing = Set(FilingCountKey.allCases.map(\.text))
        for state in FilingState.allCases { #expect(filing.contains(underscored(state.rawValue)), "\(state)") }
        #expect(Set(StatusCountKey.allCases.map(\.status)) == Set(IndicatorStatus.allCases))
        for key in StatusCountKey.allCases { #expect(key.text == underscored(key.status.rawValue)) }
        #expect(Set(ReviewCountKey.allCases.map(\.state)) == Set(ReviewState.allCases))
        for key in ReviewCountKey.allCases { #expect(key.text == underscored(key.state.rawValue)) }
    }
}
