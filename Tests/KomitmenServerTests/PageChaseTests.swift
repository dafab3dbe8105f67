import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenRegistry
import Testing

/// The secretariat's chase list (issue 23): every quarter with something open, newest first;
/// each reminder's `mailto:` and `wa.me` texts link to the form at the server's public address
/// (`--base-url`, else where it listens), never to a file; reasons in the page's language.
@Suite struct PageChaseTests {
    /// polda-ntt's 2026-Q4 report filed early and sent back before its due date (2027-01-15).
    static func sendBackAnEarlyReport(_ fixture: ServeFixture) throws {
        let root = URL(fileURLWithPath: fixture.root)
        for folder in ["reports/2026-Q4", "reviews/2026-Q4"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data(
            "signatory: polda-ntt\nperiod: 2026-Q4\nsubmitted: 2026-11-10\nvalues:\n  tppo_cases_investigated: 5\n".utf8
        ).write(to: root.appendingPathComponent("reports/2026-Q4/polda-ntt.yaml"))
        try Data(
            "state: changes-requested\nby: Sekretariat Uji\non: 2026-11-15\ncomment: Mohon lengkapi data korban.\n".utf8
        ).write(to: root.appendingPathComponent("reviews/2026-Q4/polda-ntt.yaml"))
    }

    /// Every page of the chase list, following its `rel="next"` links.
    static func allPages(_ browser: PageClient, query: String = "") async throws -> [String] {
        var pages: [String] = []
        var next: String? = "/secretariat/chase" + query
        while let path = next, pages.count < 50 {
            let response = try await browser.get(path)
            #expect(response.status == .ok, "\(path)")
            PageRoutesTests.expectPageHeaders(response)
            #expect(response.body.readableBytes < 200_000)
            pages.append(response.text)
            next = Self.nextLink(response.text).map { $0.replacingOccurrences(of: "&amp;", with: "&") }
        }
        return pages
    }

    static func nextLink(_ html: String) -> String? {
        guard let rel = html.range(of: "\" rel=\"next\""),
            let start = html[..<rel.lowerBound].range(of: "href=\"", options: .backwards)
        else { return nil }
        return String(html[start.upperBound..<rel.lowerBound])
    }

    /// The texts the page's `mailto:` and `wa.me` links carry, decoded.
    static func messages(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { part -> String? in
            guard part.hasPrefix("mailto:") || part.hasPrefix("https://wa.me/"),
                let end = part.firstIndex(of: "\"")
            else { return nil }
            return String(part[..<end]).replacingOccurrences(of: "&amp;", with: "&").removingPercentEncoding
        }
    }

    static func publicAddress(_ configuration: inout ServeConfiguration) {
        configuration.baseURL = "https://lapor.example.org/"
    }

    static func listening(_ configuration: inout ServeConfiguration) {
        configuration.host = "127.0.0.1"
        configuration.port = 8443
    }

    @Test func theIndonesianPageListsEveryOpenQuarterWithFormLinksAndNoFilePath() async throws {
        try await PageRoutesTests.withPages(edit: Self.sendBackAnEarlyReport, configure: Self.publicAddress) {
            fixture, _, client in
            let browser = PageClient(client)
            try await browser.login(fixture.secretariatToken)
            let pages = try await Self.allPages(browser)
            #expect(pages.count > 1, "several quarters open: paged")
            let first = try #require(pages.first)
            #expect(first.contains("<html lang=\"id\">"))
            // Newest first: the early report sent back, then the quarter remind would choose.
            let q4 = try #require(first.range(of: "<h2>2026-Q4, jatuh tempo 2027-01-15, per 2026-11-20"))
            let q3 = try #require(first.range(of: "<h2>2026-Q3, jatuh tempo 2026-10-15, per 2026-11-20"))
            #expect(q4.lowerBound < q3.lowerBound)
            let all = pages.joined()
            #expect(all.contains("<h2>2025-Q3, jatuh tempo 2025-10-15"), "older quarters still open are listed")
            // Reasons from the catalog, in Indonesian.
            #expect(all.contains("(terlambat 36 hari)") && all.contains("(perbaikan diminta)"))
            #expect(!all.contains("(overdue") && !all.contains("(changes") && !all.contains("(due "))
            let texts = pages.flatMap(Self.messages)
            #expect(texts.contains { $0.contains("Formulir: https://lapor.example.org/reports/2026-Q3/dprd-ntt\n") })
            #expect(texts.contains { $0.contains("https://lapor.example.org/reports/2026-Q4/polda-ntt\n") })
            #expect(texts.contains { $0.contains("Mohon lengkapi data korban.") })
            for text in [all] + texts {
                #expect(text.firstMatch(of: #/reports/[^"\s]*\.yaml/#) == nil, "a file path: \(text.prefix(300))")
                #expect(!text.contains("Berkas laporan") && !text.contains("report file"))
            }
            // The English page: the same list, its own words in English; each message stays in
            // its contact's language.
            let english = try await Self.allPages(browser, query: "?lang=en").joined()
            #expect(english.contains("<h2>2026-Q4, due 2027-01-15, as of 2026-11-20"))
            #expect(english.contains("(overdue by 36 days)") && english.contains("(changes requested)"))
            #expect(english.components(separatedBy: "mailto:").count == all.components(separatedBy: "mailto:").count)
        }
    }

    @Test func withoutABaseURLTheLinksUseTheListeningAddress() async throws {
        try await PageRoutesTests.withPages(configure: Self.listening) { fixture, _, client in
            let browser = PageClient(client)
            try await browser.login(fixture.secretariatToken)
            let texts = try await Self.allPages(browser).flatMap(Self.messages)
            #expect(texts.contains { $0.contains("Formulir: http://127.0.0.1:8443/reports/2026-Q3/dprd-ntt\n") })
            #expect(!texts.contains { $0.contains(".yaml") })
        }
    }

    @Test func thePublicAddressIsTheBaseURLElseTheListeningOne() throws {
        var configuration = ServeConfiguration(root: "r", stateFolder: "s", registry: compiledInPlugins)
        configuration.host = "::1"
        configuration.port = 9000
        #expect(configuration.publicAddress == "http://[::1]:9000")
        configuration.baseURL = "https://lapor.example.org"
        #expect(configuration.publicAddress == "https://lapor.example.org")
    }
}
