import Testing

@testable import KomitmenCore

/// The per-report shortcuts of `Report.decode` agree with the plain functions they replace.
@Suite struct ReportLookupTests {
    @Test func fileStemCheckAgreesWithFileStem() {
        let paths = [
            "reports/2025-Q4/a.yaml", "a.yaml", "/x/reports/2025-Q4/abc.yaml", "reports/2025-Q4/a.yml", "reports/a/",
            "reports/2025-Q4/xa.yaml", "reports/2025-Q4/.yaml", ".yaml", "a", "dir/a.yaml.yaml", "r/é.yaml",
            "r/e\u{301}.yaml",
        ]
        let ids = ["a", "abc", "", "a.yaml", "xa", "b/a", "é", "e\u{301}", "a/"]
        for path in paths {
            for id in ids {
                #expect(fileStem(of: path, is: id) == (fileStem(path) == id), "\(path) \(id)")
            }
        }
    }

    @Test func indicatorIndexFindsTheFirstOfEachID() throws {
        let plugin = Probe.plugin()
        let lookup = ReportPlugin(plugin)
        for (index, indicator) in plugin.indicators.enumerated() {
            let first = try #require(plugin.indicators.firstIndex { $0.id == indicator.id })
            #expect(lookup.indicatorIndex(indicator.id) == first, "\(indicator.id) at \(index)")
        }
        #expect(lookup.indicatorIndex("no-such-indicator") == nil)
        #expect(lookup.indicatorIndex("") == nil)
    }
}
