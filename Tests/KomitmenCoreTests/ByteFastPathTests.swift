import KomitmenYAML
import Testing

@testable import KomitmenCore

/// The byte tests that let the layout and the rupiah reader skip their `Character` work: whenever
/// a test says "cannot", the full test it guards must say no as well.
@Suite struct ByteFastPathTests {
    /// Every ASCII byte, and some whitespace and combining scalars, at the start and at the end.
    private static let ends: [String] =
        (0..<0x80).map { String(UnicodeScalar(UInt8($0))) } + [
            "\u{85}", "\u{A0}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{202F}", "\u{3000}", "\u{301}", "\u{600}", "é",
        ]

    @Test func aNameWithoutABlankEndIsSeenByItsBytes() {
        var skipped = 0
        for first in Self.ends {
            for last in Self.ends {
                for name in [first + "x.yaml" + last, first + last, first, first + "\u{301}", " " + last] {
                    guard !RepositoryLayout.mayHaveBlankEnd(name) else { continue }
                    skipped += 1
                    #expect(name.first?.isWhitespace != true, "\(Array(name.unicodeScalars))")
                    #expect(name.last?.isWhitespace != true, "\(Array(name.unicodeScalars))")
                }
            }
        }
        #expect(skipped > 1000)
        #expect(RepositoryLayout.mayHaveBlankEnd(" a.yaml"))
        #expect(RepositoryLayout.mayHaveBlankEnd("a.yaml\u{A0}"))
        #expect(!RepositoryLayout.mayHaveBlankEnd("a.yaml"))
    }

    @Test func anAmountThatCannotStartWithRpIsSeenByItsFirstByte() {
        var skipped = 0
        for first in Self.ends {
            for text in [first + "p5", first + "P", first, first + "\u{301}p", first + "rp"] {
                guard !Node.mayStartWithRp(text) else { continue }
                skipped += 1
                #expect(!text.lowercased().hasPrefix("rp"), "\(Array(text.unicodeScalars))")
            }
        }
        #expect(skipped > 400)
        for text in ["Rp 1.500", "rp5", "RP", "R", "r\u{301}p", "\u{130}", "ß"] { #expect(Node.mayStartWithRp(text)) }
        #expect(!Node.mayStartWithRp("1500000"))
    }
}
