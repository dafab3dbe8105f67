import Foundation
import Testing

/// The real declaration shipped in `commitments/` must always validate.
@Suite struct ShippedCommitmentsTests {
    @Test func validatesWithoutErrors() throws {
        let result = try KomitmenBinary.run(["validate", "commitments"], in: KomitmenBinary.packageRoot)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("0 errors"))
    }

    @Test func holdsAtLeastThirtySignatoriesOfAllSixKinds() throws {
        let folder = KomitmenBinary.packageRoot.appendingPathComponent("commitments/signatories")
        var kinds: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let kind = text.split(separator: "\n").first { $0.hasPrefix("stakeholder: ") }?.dropFirst(
                "stakeholder: ".count)
            kinds[kind.map(String.init) ?? "?", default: 0] += 1
        }
        #expect(kinds.values.reduce(0, +) >= 30)
        for kind in ["government", "police", "religious", "ngo", "university", "media"] {
            #expect(kinds[kind, default: 0] >= 1, "no \(kind) signatory")
        }
    }
}
