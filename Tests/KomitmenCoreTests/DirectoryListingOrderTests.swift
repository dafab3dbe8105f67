import Testing

@testable import KomitmenCore

/// `DirectoryListing.sortByName` sorts as `<` on the names does, by bytes when all are ASCII.
@Suite struct DirectoryListingOrderTests {
    static func sorted(_ names: [String]) -> [String] {
        var entries = names.map { DirectoryEntry(name: $0, kind: .file, isValidUTF8: true) }
        DirectoryListing.sortByName(&entries)
        return entries.map(\.name)
    }

    @Test func asciiNamesSortAsStrings() {
        let names = [
            "b.yaml", "a.yaml", "A.yaml", "a", "", "desa-timor-tengah-selatan-10.yaml",
            "desa-timor-tengah-selatan-1.yaml",
            "desa-timor-tengah-selatan-1.yamlx", "_x", "2025-Q4", "2025-Q10", ".hidden", "Z",
        ]
        #expect(Self.sorted(names) == names.sorted())
        #expect(Self.sorted(names.reversed()) == names.sorted())
    }

    @Test func nonASCIINamesSortAsStrings() {
        let names = ["é.yaml", "e\u{301}.yaml", "f.yaml", "e.yaml", "ä", "z", "\u{FF}"]
        #expect(Self.sorted(names) == names.sorted())
    }
}
