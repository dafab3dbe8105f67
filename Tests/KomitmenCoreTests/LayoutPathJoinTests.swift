import Testing

@testable import KomitmenCore

/// `RepositoryLayout.joined` gives `folder + "/" + name`, byte for byte.
@Suite struct LayoutPathJoinTests {
    @Test(arguments: [
        ("", ""), ("a", "b"), ("reports/2025-Q3", "desa-timor-tengah-selatan-1.yaml"), ("r", "x.yaml\u{301}"),
        ("./commitments/reports/2025-Q3", " lead.yaml"), ("é", "e\u{301}"),
        (String(repeating: "f", count: 300), "\u{1F600}"),
        ("reports/2025-Q3", "bad\\xFF.yaml"),
    ])
    func joinedIsTheConcatenation(folder: String, name: String) {
        let joined = RepositoryLayout.joined(folder, name)
        #expect(Array(joined.utf8) == Array((folder + "/" + name).utf8))
        #expect(joined == folder + "/" + name)
    }
}
