import KomitmenYAML

/// What `validate` says about a region's `tile: [column, row]` (the public site's map).
extension CoreWords {
    static func tileNotAPair(found: Phrase) -> Phrase {
        let range = Declaration.Tile.range
        return Phrase(
            en: "tile must be [column, row]: two whole numbers from \(range.lowerBound) to \(range.upperBound), found ",
            id:
                "tile harus [kolom, baris]: dua bilangan bulat \(range.lowerBound) sampai \(range.upperBound), tertulis "
        ) + found
    }

    /// `part` is "column" or "row".
    static func tilePartOutOfRange(_ part: String, found: Phrase) -> Phrase {
        let range = Declaration.Tile.range
        let name = part == "column" ? Phrase(en: "column", id: "kolom") : Phrase(en: "row", id: "baris")
        return Phrase(
            en: "tile \(name.en) must be a whole number from \(range.lowerBound) to \(range.upperBound), found ",
            id: "\(name.id) tile harus bilangan bulat \(range.lowerBound) sampai \(range.upperBound), tertulis "
        ) + found
    }

    static func tileTaken(_ tile: Declaration.Tile, by region: String, line: Int) -> Phrase {
        Phrase(
            en: "tile \(tile) is taken by region '\(region)' (line \(line)); each region needs its own tile",
            id: "tile \(tile) sudah dipakai wilayah '\(region)' (baris \(line)); setiap wilayah perlu tile sendiri")
    }

    static func listOf(_ count: Int) -> Phrase {
        Phrase(en: "a list of \(count)", id: "daftar berisi \(count)")
    }

    static let giveEachRegionItsOwnTile = Phrase(
        en: "give each region its own [column, row]",
        id: "beri setiap wilayah [kolom, baris] sendiri")

    /// `missing`: the first few ids without a tile; `more`: how many others.
    static func regionsWithoutTile(_ missing: [String], more: Int) -> Phrase {
        let list = missing.map { "'\($0)'" }.joined(separator: ", ")
        return Phrase(
            en: "\(missing.count + more == 1 ? "region" : "regions") \(list)"
                + (more > 0 ? " and \(more) more" : "")
                + " \(missing.count + more == 1 ? "has" : "have") no tile; the public site draws its map only when every region has one",
            id: "wilayah \(list)" + (more > 0 ? " dan \(more) lainnya" : "")
                + " tidak memiliki tile; situs publik menggambar peta hanya bila setiap wilayah memilikinya")
    }

    static let giveEveryRegionATile = Phrase(
        en: "add tile: [column, row] to every region, or to none",
        id: "tambahkan tile: [kolom, baris] pada setiap wilayah, atau tidak sama sekali")
}
