import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// The chase list stays within a page's bound however long the repository's texts: a review
/// comment of 4,000 three-byte characters sent to 40 contacts with long names, each line's links
/// carrying its message; the lines run on over pages and none is lost.
@Suite struct PageChaseBoundTests {
    static func longTexts(_ fixture: ServeFixture) throws {
        try PageChaseTests.sendBackAnEarlyReport(fixture)
        let review = URL(fileURLWithPath: fixture.root).appendingPathComponent("reviews/2026-Q4/polda-ntt.yaml")
        let comment = String(repeating: "€", count: 4_000)
        try Data("state: changes-requested\nby: Uji\non: 2026-11-15\ncomment: \(comment)\n".utf8).write(to: review)
        let file = URL(fileURLWithPath: fixture.root).appendingPathComponent("signatories/polda-ntt.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        var contacts = "contacts:\n"
        for number in 0..<40 {
            contacts += "  - name: \(String(repeating: "Ω", count: 300)) \(number)\n"
            contacts += "    email: petugas\(number)@example.org\n    phone: \"+62812000001\(10 + number)\"\n"
        }
        let start = try #require(text.range(of: "contacts:"))
        let end = try #require(text.range(of: "pledges:"))
        text.replaceSubrange(start.lowerBound..<end.lowerBound, with: contacts)
        try Data(text.utf8).write(to: file)
    }

    @Test func longCommentsAndManyContactsStayWithinThePageBound() async throws {
        try await PageRoutesTests.withPages(edit: Self.longTexts) { fixture, _, client in
            let browser = PageClient(client)
            try await browser.login(fixture.secretariatToken)
            let pages = try await PageChaseTests.allPages(browser)
            #expect(pages.count > 1, "the budget splits the list")
            let lines = pages.map { $0.components(separatedBy: "petugas").count - 1 }.reduce(0, +)
            // Each of the 40 contacts once in its mailto link, and nowhere else on the pages.
            #expect(lines == 40, "\(lines) contact lines over \(pages.count) pages")
            let messages = pages.flatMap(PageChaseTests.messages)
            #expect(messages.contains { $0.contains(String(repeating: "€", count: 500) + "…") })
            #expect(!messages.contains { $0.contains(String(repeating: "€", count: 501)) })
        }
    }
}
