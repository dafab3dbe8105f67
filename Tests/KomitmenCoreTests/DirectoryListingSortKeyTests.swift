import Testing

@testable import KomitmenCore

/// `DirectoryListing.sortByBytes` (16-byte keys first) gives `bytesPrecede`'s order, and so `<`'s
/// for ASCII names: around the 8- and 16-byte edges, prefixes, shared long prefixes, shuffled.
@Suite struct DirectoryListingSortKeyTests {
    static func names() -> [String] {
        var names = ["", "a", "~", "!", "A", "z"]
        for length in [6, 7, 8, 9, 15, 16, 17, 24, 40] {
            for last in ["a", "b", "A", "~", "-", "0"] {
                names.append(String(repeating: "x", count: length - 1) + last)
                names.append("desa-timor-tengah-" + String(repeating: "q", count: length) + last + ".yaml")
            }
        }
        return Array(Set(names))
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func keysSortAsTheBytesDo(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let names = Self.names().shuffled(using: &generator)
        var entries = names.map { DirectoryEntry(name: $0, kind: .file, isValidUTF8: true) }
        DirectoryListing.sortByBytes(&entries)
        let expected = names.sorted(by: DirectoryListing.bytesPrecede)
        #expect(entries.map(\.name) == expected)
        #expect(expected == names.sorted())
    }

    /// A small deterministic generator (SplitMix64), so a failure repeats.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
