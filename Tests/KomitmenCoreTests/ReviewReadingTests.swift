import Testing

@testable import KomitmenCore

/// `Review.read`: one review file read by the loader's rules, as the served intake's review lock
/// reads it. A file the loader would call wrong is no review (so it neither locks nor shows).
@Suite struct ReviewReadingTests {
    static let quarter = Quarter("2026-Q2")!
    static let path = "reviews/2026-Q2/polda-ntt.yaml"

    static func read(_ text: String) -> Review? {
        Review.read(Array(text.utf8), path: path, signatory: "polda-ntt", quarter: quarter)
    }

    @Test func anApprovedReviewIsRead() throws {
        let review = try #require(Self.read("state: approved\nby: sekretariat\non: 2026-07-20\n"))
        #expect(review.state == .approved && review.by == "sekretariat" && review.comment == nil)
        #expect(review.signatory == "polda-ntt" && review.period == Self.quarter)
    }

    @Test func aBlockCommentLosesItsLastLineBreak() throws {
        let review = try #require(
            Self.read("state: changes-requested\nby: sekretariat\non: 2026-07-20\ncomment: |\n  Angka korban.\n"))
        #expect(review.state == .changesRequested && review.comment == "Angka korban.")
    }

    @Test(arguments: [
        "state: approved\non: 2026-07-20\n",  // no `by`
        "state: approve\nby: sekretariat\non: 2026-07-20\n",  // not a state
        "state: approved\nby: sekretariat\non: 2026-07-20\nextra: 1\n",  // an unknown key
        "state: changes-requested\nby: sekretariat\non: 2026-07-20\n",  // no comment
        "- state: approved\n",  // not a mapping
        "state: [approved\n",  // not YAML
        "",
    ])
    func aReviewTheLoaderCallsWrongIsNone(_ text: String) {
        #expect(Self.read(text) == nil)
    }
}
