import Foundation
import Testing

/// A region's `tile: [column, row]` in declaration.yaml (the public site's map): each fixture under
/// `Fixtures/tiles/` is the valid repository's declaration with one kind of tile problem, checked
/// through `validate` for its location and its words in both languages.
@Suite struct RegionTileTests {
    /// The valid repository with `Fixtures/tiles/<name>.yaml` as its declaration.
    func repository(declaration name: String) throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        let fixture = KomitmenBinary.packageRoot.appendingPathComponent(
            "Tests/KomitmenEndToEndTests/Fixtures/tiles/\(name).yaml")
        try repository.write("declaration.yaml", try String(contentsOf: fixture, encoding: .utf8))
        return repository
    }

    func validate(_ name: String, _ extra: [String] = []) throws -> KomitmenBinary.Result {
        let repository = try repository(declaration: name)
        defer { repository.delete() }
        return try repository.validate(extra)
    }

    @Test func everyRegionWithItsOwnTileIsValid() throws {
        expectDiagnostics(try validate("all-tiles"), [], errors: 0)
    }

    @Test func aTileMustBeAPair() throws {
        let result = try validate("not-a-pair")
        expectDiagnostics(
            result,
            [
                "repo/declaration.yaml:12:41: error: tile must be [column, row]: two whole numbers from 0 to 99, found a list of 3",
                "repo/declaration.yaml:15:11: error: tile must be [column, row]: two whole numbers from 0 to 99, found '9'",
            ], errors: 2)
        let indonesian = try validate("not-a-pair", ["--lang", "id"])
        #expect(
            indonesian.lines.contains(
                "repo/declaration.yaml:12:41: error: tile harus [kolom, baris]: dua bilangan bulat 0 sampai 99, tertulis daftar berisi 3"
            ), "\(indonesian.stdout)")
    }

    @Test func columnAndRowAreWholeNumbersFromZeroToNinetyNine() throws {
        let result = try validate("out-of-range")
        expectDiagnostics(
            result,
            [
                "repo/declaration.yaml:12:42: error: tile column must be a whole number from 0 to 99, found '100'",
                "repo/declaration.yaml:12:47: error: tile row must be a whole number from 0 to 99, found '1.5'",
                "repo/declaration.yaml:13:49: error: tile column must be a whole number from 0 to 99, found '-1'",
            ], errors: 3)
        let indonesian = try validate("out-of-range", ["--lang", "id"])
        #expect(
            indonesian.lines.contains(
                "repo/declaration.yaml:12:47: error: baris tile harus bilangan bulat 0 sampai 99, tertulis '1.5'"),
            "\(indonesian.stdout)")
    }

    @Test func twoRegionsOnOneTileIsAnErrorAtTheSecond() throws {
        let result = try validate("shared-tile")
        expectDiagnostics(
            result,
            [
                "repo/declaration.yaml:13:48: error: tile [4, 2] is taken by region 'ntt' (line 12); each region needs its own tile"
            ], hints: ["give each region its own [column, row]"], errors: 1)
        let indonesian = try validate("shared-tile", ["--lang", "id"])
        #expect(
            indonesian.lines.contains(
                "repo/declaration.yaml:13:48: error: tile [4, 2] sudah dipakai wilayah 'ntt' (baris 12); setiap wilayah perlu tile sendiri"
            ), "\(indonesian.stdout)")
    }

    /// Some regions with a tile and some without: a warning at `regions:` naming those without.
    @Test func aPartialSetOfTilesIsAWarningNamingTheRegionsWithout() throws {
        let result = try validate("some-without-tile")
        expectDiagnostics(
            result,
            [
                "repo/declaration.yaml:12:3: warning: regions 'kab-belu', 'kota-kupang' have no tile; the public site draws its map only when every region has one"
            ], hints: ["add tile: [column, row] to every region, or to none"], errors: 0, warnings: 1)
        let indonesian = try validate("some-without-tile", ["--lang", "id"])
        #expect(
            indonesian.lines.contains(
                "repo/declaration.yaml:12:3: warning: wilayah 'kab-belu', 'kota-kupang' tidak memiliki tile; situs publik menggambar peta hanya bila setiap wilayah memilikinya"
            ), "\(indonesian.stdout)")
    }

    /// Tiles change no figure: the summary is the same bytes with and without them.
    @Test func tilesLeaveTheSummaryAsItWas() throws {
        let plain = try TemporaryRepository()
        defer { plain.delete() }
        let tiled = try repository(declaration: "all-tiles")
        defer { tiled.delete() }
        for format in ["json", "csv", "html", "text"] {
            let arguments = ["summary", "repo", "--as-of", "2026-02-01", "--format", format]
            let before = try plain.run(arguments)
            let after = try tiled.run(arguments)
            #expect(before.status == 0 && before.stdout == after.stdout, "\(format)")
        }
    }

    /// The shipped declaration: every region has a tile, Sumba west of Timor, Flores north of both.
    @Test func theShippedRegionsAreAllOnTheMap() throws {
        let result = try KomitmenBinary.run(["validate", "commitments"], in: KomitmenBinary.packageRoot)
        #expect(result.status == 0 && !result.stdout.contains("tile"), "\(result.stdout)")
        let text = try String(
            contentsOf: KomitmenBinary.packageRoot.appendingPathComponent("commitments/declaration.yaml"),
            encoding: .utf8)
        var tiles: [String: (column: Int, row: Int)] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("  - {id: ") {
            let id = line.dropFirst("  - {id: ".count).prefix { $0 != "," }
            let tile = try #require(line.range(of: "tile: [")).upperBound
            let numbers = line[tile...].prefix { $0 != "]" }.split(separator: ",").compactMap {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            try #require(numbers.count == 2, "\(line)")
            tiles[String(id)] = (numbers[0], numbers[1])
        }
        #expect(tiles.count == 23)
        let flores = [
            "kab-manggarai-barat", "kab-manggarai", "kab-manggarai-timur", "kab-ngada", "kab-nagekeo", "kab-ende",
            "kab-sikka", "kab-flores-timur",
        ].compactMap { tiles[$0] }
        #expect(flores.count == 8 && zip(flores, flores.dropFirst()).allSatisfy { $0.column < $1.column })
        let sumba = ["kab-sumba-barat-daya", "kab-sumba-barat", "kab-sumba-tengah", "kab-sumba-timur"].compactMap {
            tiles[$0]
        }
        let timor = [
            "kab-kupang", "kab-timor-tengah-selatan", "kab-timor-tengah-utara", "kab-belu", "kab-malaka", "kota-kupang",
        ]
        .compactMap { tiles[$0] }
        #expect(sumba.count == 4 && timor.count == 6)
        let floresRow = flores.map(\.row).max() ?? 0
        #expect(sumba.allSatisfy { $0.row > floresRow } && timor.allSatisfy { $0.row > floresRow })
        #expect((sumba.map(\.column).max() ?? 0) < (timor.map(\.column).min() ?? 0))
        let east = (flores.last?.column ?? 0)
        #expect((tiles["kab-lembata"]?.column ?? 0) > east && (tiles["kab-alor"]?.column ?? 0) > east)
        for south in ["kab-rote-ndao", "kab-sabu-raijua"] {
            #expect((tiles[south]?.row ?? 0) > (timor.map(\.row).max() ?? 0), "\(south)")
        }
    }
}
