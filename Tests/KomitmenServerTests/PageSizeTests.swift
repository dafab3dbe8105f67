import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenApp
import KomitmenCore
import KomitmenHTTP
import KomitmenRender
import KomitmenState
import Testing

/// Every page under 100 KB (issue 11), with the shipped data and with a generated repository of
/// 200 signatories: the secretariat signs in and follows every link it is shown, from the grid,
/// each quarter's summary, the review queue and the chase list.
@Suite struct PageSizeTests {
    static let limit = 100_000

    @Test func everyPageOfTheShippedRepositoryIsUnder100KB() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let visited = try await Self.crawl(fixture.configuration(), token: fixture.secretariatToken)
        #expect(visited.count > 40, "the crawl reached \(visited.count) pages")
    }

    @Test func everyPageOfTwoHundredSignatoriesIsUnder100KB() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try Self.generate(into: fixture.root, signatories: 200, quarters: 5)
        var configuration = fixture.configuration()
        configuration.today = .fixed(CalendarDate("2026-11-20")!)
        let visited = try await Self.crawl(configuration, token: fixture.secretariatToken)
        #expect(visited.count > 60, "the crawl reached \(visited.count) pages")
        #expect(visited.contains { $0.hasPrefix("/secretariat/summary/") })
    }

    @Test func theDownloadIsTheWholeSummaryAsTheCommandWritesIt() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        var configuration = fixture.configuration()
        configuration.pages = Pages()
        let options = LoadOptions(
            root: configuration.root, registry: configuration.registry, limits: configuration.limits,
            today: configuration.today)
        let summary = try Workspace.load(options).summary(quarter: Quarter("2026-Q2")).get()
        let expected = RenderedDocument.render(summary, format: .html, language: .id).bytes
        try await fixture.withClient(configured: configuration) { client in
            let browser = PageClient(client)
            try await browser.login(fixture.secretariatToken)
            let page = try await browser.get("/secretariat/summary?quarter=2026-Q2")
            #expect(page.text.contains("href=\"/secretariat/summary.html?quarter=2026-Q2\""))
            #expect(page.text.contains("href=\"/secretariat/summary/dprd-ntt?quarter=2026-Q2\""))
            #expect(page.text.contains("?quarter=2026-Q2&amp;lang=en"), "the language switch keeps the quarter")
            let download = try await browser.get("/secretariat/summary.html?quarter=2026-Q2")
            #expect(download.status == .ok)
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment; filename=") == true)
            #expect(Array(download.body.readableBytesView) == expected)
            let card = try await browser.get("/secretariat/summary/dprd-ntt?quarter=2026-Q2")
            #expect(card.status == .ok && card.text.contains("id=\"s-dprd-ntt\""))
            #expect(card.headers[.contentSecurityPolicy]?.contains("style-src 'self' 'sha256-") == true)
            #expect(try await browser.get("/secretariat/summary/nobody?quarter=2026-Q2").status == .notFound)
        }
    }

    /// Replaces the repository at `root` with `scripts/generate-repository.py`'s.
    static func generate(into root: String, signatories: Int, quarters: Int) throws {
        try FileManager.default.removeItem(atPath: root)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/generate-repository.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", script.path, "--signatories", String(signatories), "--quarters", String(quarters), "--out", root,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
    }

    /// Signs in as the secretariat and visits the seeds, then every link on the pages it gets
    /// (at most `perShape` pages of one shape: the same path with other ids or quarters), and
    /// checks each page's size. The paths visited.
    static func crawl(_ base: ServeConfiguration, token: String, perShape: Int = 3) async throws -> Set<String> {
        var configuration = base
        configuration.pages = Pages()
        let app = try await buildApplication(configuration)
        let box = Visited()
        try await app.test(.router) { client in
            let browser = PageClient(client)
            try await browser.login(token)
            let grid = try await browser.get("/secretariat")
            var queue = ["/secretariat", "/secretariat/reviews", "/secretariat/chase"]
            queue += Self.options(grid.text).map { "/secretariat/summary?quarter=\($0)" }
            var seen = Set(queue)
            var shapes: [String: Int] = [:]
            while !queue.isEmpty {
                let path = queue.removeFirst()
                let response = try await browser.get(path)
                #expect(response.status == .ok, "\(path) answered \(response.status)")
                if response.headers[.contentDisposition]?.hasPrefix("attachment") == true { continue }
                #expect(
                    response.body.readableBytes < Self.limit,
                    "\(path) is \(response.body.readableBytes) bytes")
                box.paths.insert(path)
                if ProcessInfo.processInfo.environment["PAGE_SIZES"] != nil {
                    print("SIZE \(response.body.readableBytes) \(path)")
                }
                for link in Self.links(response.text) where !seen.contains(link) {
                    let shape = Self.shape(link)
                    guard shapes[shape, default: 0] < perShape else { continue }
                    shapes[shape, default: 0] += 1
                    seen.insert(link)
                    queue.append(link)
                }
            }
        }
        return box.paths
    }

    final class Visited: @unchecked Sendable { var paths = Set<String>() }

    /// The links on a page to pages of this server (not the language switch, a download or a form's post).
    static func links(_ html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "href=\"") {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            let full = String(tail[..<end]).replacingOccurrences(of: "&amp;", with: "&")
            let link =
                full.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
                ?? full
            rest = tail[end...]
            guard link.hasPrefix("/"), !link.hasPrefix("/assets/"), !link.contains("lang="), link != "/" else {
                continue
            }
            found.append(link)
        }
        return found
    }

    /// The quarters the grid offers for a summary.
    static func options(_ html: String) -> [String] {
        html.components(separatedBy: "<option").dropFirst().compactMap { part in
            guard let close = part.range(of: ">"), let end = part.range(of: "</option>") else { return nil }
            return String(part[close.upperBound..<end.lowerBound])
        }
    }

    /// A link with its ids and quarters blanked out, `page=` kept: one shape per kind of page.
    static func shape(_ link: String) -> String {
        link.split(separator: "/", omittingEmptySubsequences: false).map { part in
            let text = String(part)
            if text.hasPrefix("summary?") || text.hasPrefix("secretariat?") || text.hasPrefix("reviews?")
                || text.hasPrefix("chase?")
            {
                return text.split(separator: "&").filter { !$0.hasPrefix("quarter=") }.joined(separator: "&")
            }
            if Quarter(text) != nil { return "{q}" }
            return text.contains("-") || text.contains("?") ? "{id}" : text
        }.joined(separator: "/")
    }
}
