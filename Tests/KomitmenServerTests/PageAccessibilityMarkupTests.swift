import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenTestSupport
import Testing

/// What `.ci/a11y-check.sh` (axe-core and vnu in a browser) found and was fixed, kept true here
/// without a browser: one `<main>` on every summary page, their tables in a scrolling box (the page
/// fits a phone), a label for each of the review page's version boxes, and the review's comment
/// (a blockquote) never inside a paragraph.
@Suite struct PageAccessibilityMarkupTests {
    /// How often `part` occurs in `text`.
    static func count(_ part: String, in text: String) -> Int { text.components(separatedBy: part).count - 1 }

    @Test func summaryPagesHaveOneMainAndTheirTablesScrollInABox() async throws {
        try await PageRoutesTests.withPages { fixture, _, client in
            let secretariat = PageClient(client)
            try await secretariat.login(fixture.secretariatToken)
            for path in [
                "/secretariat/summary?quarter=2026-Q2", "/secretariat/summary?quarter=2026-Q2&lang=en",
                "/secretariat/summary/polda-ntt?quarter=2026-Q2", "/secretariat/summary.html?quarter=2026-Q2",
                "/secretariat", "/secretariat/reviews",
            ] {
                let page = try await secretariat.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(Self.count("<main>", in: page.text) == 1, "\(path) has not one <main>")
            }
            let summary = try await secretariat.get("/secretariat/summary?quarter=2026-Q2").text
            #expect(Self.count("<table", in: summary) > 1)
            #expect(
                Self.count("<table", in: summary) == Self.count("<div class=\"table-scroll\"", in: summary),
                "a summary table outside its scrolling box")
        }
    }

    @Test func reviewPageLabelsBothVersionBoxesAndKeepsTheCommentOutOfAParagraph() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            // Two versions, so the page compares them.
            let clerk = PageClient(client)
            try await clerk.login(polda)
            let form = try #require(PageClient.csrf(try await clerk.get("/reports/2026-Q4/polda-ntt").text))
            for count in ["12", "13"] {
                let filed = try await clerk.post(
                    "/reports/2026-Q4/polda-ntt",
                    PageFormTests.fields(form, replacing: ["v.tppo_cases_investigated": count]))
                #expect(filed.status == .seeOther)
            }
            let secretariat = PageClient(client)
            try await secretariat.login(fixture.secretariatToken)
            let path = "/reports/2026-Q4/polda-ntt/review"
            let csrf = try #require(PageClient.csrf(try await secretariat.get(path).text))
            let asked = try await secretariat.post(
                path, [("csrf", csrf), ("state", "changes-requested"), ("comment", "Angka belum cocok")])
            #expect(asked.status == .seeOther)
            for (language, words) in [("id", "dengan versi"), ("en", "with version")] {
                let page = try await secretariat.get(path + "?lang=" + language).text
                #expect(
                    page.contains("<label for=\"to\">\(words)</label> <input type=\"number\" id=\"to\" name=\"to\""))
                #expect(page.contains("<label for=\"from\">"), "the first box is labelled too")
                let quote = try #require(page.range(of: "<blockquote>Angka belum cocok</blockquote>"))
                let before = page[..<quote.lowerBound]
                let opened = before.range(of: "<p>", options: .backwards)?.lowerBound
                let closed = before.range(of: "</p>", options: .backwards)?.lowerBound
                if let opened { #expect(closed.map { $0 > opened } ?? false, "the comment is inside a <p>") }
            }
        }
    }
}
