import Testing

@testable import KomitmenHTTP

/// The versions' diff: old lines before new ones, the template's comment and empty lines left
/// out, CRLF read as LF, and past its bound still true (everything removed, then added).
@Suite struct LineDiffTests {
    @Test func oldLinesComeBeforeNewOnes() {
        let diff = LineDiff.diff(["a: 1", "b: 2", "c: 3"], ["a: 1", "b: 5", "c: 3", "d: 4"])
        #expect(diff == [.same("a: 1"), .removed("b: 2"), .added("b: 5"), .same("c: 3"), .added("d: 4")])
        let replaced = LineDiff.diff(["x", "y"], ["p", "q"])
        #expect(replaced == [.removed("x"), .removed("y"), .added("p"), .added("q")])
    }

    @Test func commentAndEmptyLinesAreLeftOut() {
        let template = "# Laporan\r\nsignatory: polda-ntt\r\n\r\n  # target 100\r\nvalues:\r\n  a: 1\r\n"
        #expect(LineDiff.lines(Array(template.utf8)) == ["signatory: polda-ntt", "values:", "  a: 1"])
        let form = "signatory: polda-ntt\nvalues:\n  a: 1\n"
        let diff = LineDiff.diff(LineDiff.lines(Array(template.utf8)), LineDiff.lines(Array(form.utf8)))
        #expect(diff.allSatisfy { if case .same = $0 { true } else { false } })
        // A `#` inside a value is not a comment line.
        #expect(LineDiff.lines(Array("narrative: \"#1\"\n".utf8)) == ["narrative: \"#1\""])
    }

    @Test func pastItsBoundEveryLineIsRemovedThenAdded() {
        let old = (0..<2_001).map { "o\($0)" }
        let new = (0..<2_001).map { "n\($0)" }
        let diff = LineDiff.diff(old, new)
        #expect(diff.count == 4_002)
        #expect(diff.first == .removed("o0") && diff.last == .added("n2000"))
    }
}
