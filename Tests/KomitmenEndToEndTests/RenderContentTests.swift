import Foundation
import Testing

/// Every summary format names every signatory, its name escaped as the format needs (a name with
/// `<`, `&` and quotes), and the HTML is a whole page: checked for content, not for size.
@Suite struct RenderContentTests {
    static let asOf = ["--as-of", "2026-02-01"]
    static let name = #"Polda <NTT> & "Co""#

    /// How each format writes `name`, and every other signatory's name, by id.
    static let rows: [(format: String, names: [String: String])] = [
        ("text", ["polda-ntt": name, "lsm-advokasi": #"Jaringan Advokasi, "Peduli" Migran"#]),
        (
            "markdown",
            ["polda-ntt": #"Polda &lt;NTT> &amp; "Co""#, "lsm-advokasi": #"Jaringan Advokasi, "Peduli" Migran"#]
        ),
        (
            "html",
            [
                "polda-ntt": "Polda &lt;NTT&gt; &amp; &quot;Co&quot;",
                "lsm-advokasi": "Jaringan Advokasi, &quot;Peduli&quot; Migran",
            ]
        ),
        (
            "json",
            [
                "polda-ntt": #""name": "Polda <NTT> & \"Co\"""#,
                "lsm-advokasi": #""name": "Jaringan Advokasi, \"Peduli\" Migran""#,
            ]
        ),
        (
            "csv",
            [
                "polda-ntt": #",polda-ntt,"Polda <NTT> & ""Co""","#,
                "lsm-advokasi": #",lsm-advokasi,"Jaringan Advokasi, ""Peduli"" Migran","#,
            ]
        ),
    ]

    static let others = ["pemkab-belu": "Pemerintah Kabupaten Belu", "sinode-gmit": "Majelis Sinode GMIT"]

    @Test(arguments: rows.map(\.format))
    func everyFormatNamesEverySignatory(_ format: String) throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        let signatory = try repository.read("signatories/polda-ntt.yaml")
            .replacingOccurrences(of: "name: Kepolisian Daerah NTT", with: "name: 'Polda <NTT> & \"Co\"'")
        try repository.write("signatories/polda-ntt.yaml", signatory)
        let result = try repository.run(["summary", "repo", "--format", format] + Self.asOf)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try #require(Self.rows.first { $0.format == format }?.names).merging(Self.others) { $1 }
        for (id, name) in names {
            #expect(result.stdout.contains(id), "\(format) does not name \(id)")
            #expect(result.stdout.contains(name), "\(format) does not write \(id)'s name as \(name)")
        }
        // The raw name never reaches a format that must escape it.
        if format == "html" || format == "markdown" { #expect(!result.stdout.contains("<NTT>")) }
        if format == "html" {
            #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
            #expect(result.stdout.hasSuffix("</html>\n"))
        }
    }
}
