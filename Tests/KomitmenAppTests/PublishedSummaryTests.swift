import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

/// What the public site builds on, through the application layer: regions' tiles on the
/// `Declaration` value, and `Workspace.summary(options:)` publishing what its options say.
@Suite struct PublishedSummaryTests {
    static let asOf = CalendarDate("2026-02-01")!

    static func load(_ repository: ScratchRepository) -> Workspace {
        Workspace.load(LoadOptions(root: repository.root, registry: compiledInPlugins, today: .fixed(asOf)))
    }

    static func tiles(_ name: String) throws -> String {
        let url = ScratchRepository.packageRoot.appendingPathComponent(
            "Tests/KomitmenEndToEndTests/Fixtures/tiles/\(name).yaml")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func regionsCarryTheirTiles() throws {
        let repository = try ScratchRepository()
        defer { repository.delete() }
        #expect(Self.load(repository).repository.declaration?.hasMap == false)
        try repository.write("declaration.yaml", try Self.tiles("all-tiles"))
        let declaration = try #require(Self.load(repository).repository.declaration)
        #expect(declaration.regions.map(\.tile) == [Declaration.Tile(column: 0, row: 0), .init(column: 9, row: 2)])
        #expect(declaration.hasMap)
        #expect(declaration.regions[1].tile?.description == "[9, 2]")
    }

    @Test func aPartialSetOfTilesDrawsNoMap() throws {
        let repository = try ScratchRepository()
        defer { repository.delete() }
        try repository.write("declaration.yaml", try Self.tiles("some-without-tile"))
        let declaration = try #require(Self.load(repository).repository.declaration)
        #expect(declaration.regions.map(\.tile) == [Declaration.Tile(column: 0, row: 0), nil, nil])
        #expect(!declaration.hasMap)
    }

    /// An unreviewed report counts for nothing with `onlyApproved`, and a comment never reaches
    /// the `Summary` with `withoutReviewComments`; the filing stays.
    @Test func optionsActInTheEngine() throws {
        let repository = try ScratchRepository()
        defer { repository.delete() }
        try FileManager.default.createDirectory(
            atPath: repository.root + "/reviews/2025-Q4", withIntermediateDirectories: true)
        try repository.write(
            "reviews/2025-Q4/polda-ntt.yaml",
            "state: changes-requested\nby: Sekretariat Uji\non: 2026-01-20\ncomment: tolong periksa\n")
        let workspace = Self.load(repository)
        let plain = try workspace.summary(asOf: Self.asOf).get()
        let published = try workspace.summary(
            asOf: Self.asOf, options: SummaryOptions(onlyApproved: true, withoutReviewComments: true)
        ).get()
        #expect(plain.filing == published.filing)
        #expect(plain.options == .all && published.options.onlyApproved && published.options.withoutReviewComments)
        let before = try #require(plain.signatories.first { $0.id == "polda-ntt" })
        let after = try #require(published.signatories.first { $0.id == "polda-ntt" })
        #expect(before.review?.comment == "tolong periksa" && after.review?.comment == nil)
        #expect(after.review?.state == .changesRequested && after.filing == before.filing)
        #expect(before.indicators.contains { $0.value != nil })
        #expect(after.indicators.allSatisfy { $0.value == nil && $0.status == .noData })
        #expect(after.breakdowns.allSatisfy { $0.counts.allSatisfy { $0.count == 0 } })
    }
}
