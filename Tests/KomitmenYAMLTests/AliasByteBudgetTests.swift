import Testing

@testable import KomitmenYAML

/// Aliases are counted in bytes as well as nodes (DESIGN, "Bad input"; issue 21): what they add
/// may reach the lesser of 1 MiB and 10 times the text's size, and the alias one byte past it is
/// the error, at its own line and column, in both languages.
@Suite struct AliasByteBudgetTests {
    /// `o: &o y`, `a: &n` and `length` x's, then `b:` a flow list of `count` aliases of `n` (and
    /// `*o` when `plusOne`), padded with a comment to exactly `size` bytes.
    static func text(length: Int, count: Int, plusOne: Bool, size: Int) -> String {
        var text = "o: &o y\na: &n " + String(repeating: "x", count: length) + "\nb: ["
        text += Array(repeating: "*n", count: count).joined(separator: ", ") + (plusOne ? ", *o" : "") + "]\n"
        let padding = size - text.utf8.count - 2
        precondition(padding >= 0)
        return text + "#" + String(repeating: "p", count: padding) + "\n"
    }

    /// The column of the `*o` alias on line 3.
    static func plusOneColumn(count: Int) -> Int { "b: [".count + count * "*n, ".count + 1 }

    static func expectBytesError(
        _ error: YAMLError?, budget: Int, at mark: Mark, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(error?.code == .aliasExpansion, sourceLocation: sourceLocation)
        #expect(error?.mark == mark, sourceLocation: sourceLocation)
        #expect(
            error?.message.en
                == "aliases expand to too much text (more than \(budget) bytes: 1 MiB or 10 times the file's size, whichever is less)",
            sourceLocation: sourceLocation)
        #expect(
            error?.message.id
                == "alias menghasilkan teks terlalu panjang (lebih dari \(budget) bita: 1 MiB atau 10 kali ukuran berkas, mana yang lebih kecil)",
            sourceLocation: sourceLocation)
        #expect(
            error?.hint?.en == "write the text out once instead of repeating it through aliases",
            sourceLocation: sourceLocation)
        #expect(
            error?.hint?.id == "tulis teksnya sekali saja, jangan diulang lewat alias", sourceLocation: sourceLocation)
    }

    @Test func tenTimesTheTextIsTheBoundForASmallFile() throws {
        // 20 aliases of 1,000 bytes add 20,000 bytes: exactly 10 times a text of 2,000 bytes.
        let exact = Self.text(length: 1000, count: 20, plusOne: false, size: 2000)
        #expect(exact.utf8.count == 2000)
        #expect(yamlError(exact) == nil)
        // One more byte (the alias `*o` of `y`) in a text of the same size is past it.
        let over = Self.text(length: 1000, count: 20, plusOne: true, size: 2000)
        #expect(over.utf8.count == 2000)
        Self.expectBytesError(
            yamlError(over), budget: 20_000, at: Mark(line: 3, column: Self.plusOneColumn(count: 20)))
    }

    @Test func oneMiBIsTheBoundForALargeFile() throws {
        // A text of 200,000 bytes may add 1 MiB (not 2,000,000): 16 aliases of 65,536 bytes.
        let exact = Self.text(length: 65_536, count: 16, plusOne: false, size: 200_000)
        #expect(yamlError(exact) == nil)
        let over = Self.text(length: 65_536, count: 16, plusOne: true, size: 200_000)
        Self.expectBytesError(
            yamlError(over), budget: 1 << 20, at: Mark(line: 3, column: Self.plusOneColumn(count: 16)))
    }

    @Test func anAliasOfACollectionCountsEveryKeyAndValueInside() throws {
        // `&m` holds keys and values of 3 + 199 + 3 + 5 = 210 bytes; a text of 420 bytes may add
        // 4,200: 20 aliases of it exactly, and the 21st is past.
        func text(_ count: Int) -> String {
            var text = "m: &m {key: " + String(repeating: "x", count: 199) + ", two: items}\nl: ["
            text += Array(repeating: "*m", count: count).joined(separator: ",") + "]\n"
            return text + "#" + String(repeating: "p", count: 420 - text.utf8.count - 2) + "\n"
        }
        #expect(text(20).utf8.count == 420 && text(21).utf8.count == 420)
        #expect(yamlError(text(20)) == nil)
        Self.expectBytesError(yamlError(text(21)), budget: 4_200, at: Mark(line: 2, column: 5 + 20 * 3))
    }

    @Test func theAttackOfIssue21StopsAtTheFourthAlias() throws {
        // 300,000 A's and 100,000 aliases of them: 1 MB of text, 30 GB expanded. The budget is
        // 1 MiB, so the fourth alias (900,000 + 300,000 bytes), on line 6, is past it.
        let text =
            "narrative: &n " + String(repeating: "A", count: 300_000) + "\nevidence:\n"
            + String(repeating: "  - *n\n", count: 100_000)
        let error = yamlError(text)
        Self.expectBytesError(error, budget: 1 << 20, at: Mark(line: 6, column: 5))
    }

    @Test func theNodeBudgetStillHolds() throws {
        // Empty scalars add no bytes, so only the node count stops them: 100,001 aliases of one.
        let text = "e: &e ''\nl: [" + Array(repeating: "*e", count: 100_001).joined(separator: ",") + "]\n"
        let error = try #require(yamlError(text))
        #expect(error.code == .aliasExpansion)
        #expect(error.message.en == "aliases expand to too many values (more than 100000)")
        #expect(error.message.id == "alias menghasilkan terlalu banyak nilai (lebih dari 100000)")
        #expect(error.mark == Mark(line: 2, column: 5 + 100_000 * 3))
    }

    @Test func theBudgetIsTheLesserOfTheTwoBounds() {
        let limits = YAMLLimits.standard
        #expect(limits.aliasByteBudget(forTextOf: 0) == 0)
        #expect(limits.aliasByteBudget(forTextOf: 1000) == 10_000)
        #expect(limits.aliasByteBudget(forTextOf: 104_857) == 1_048_570)
        #expect(limits.aliasByteBudget(forTextOf: 104_858) == 1 << 20)
        #expect(YAMLLimits(aliasBytesPerTextByte: .max).aliasByteBudget(forTextOf: 3) == 1 << 20)
    }
}
