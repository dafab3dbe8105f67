import KomitmenYAML

/// The regions' `tile: [column, row]`, which place them on the public site's map (DESIGN.md
/// "Public site"): each two whole numbers 0–99, no two regions on one tile, and either every
/// region with a tile or none (a map with holes would hide a region's figures).
extension Declaration {
    /// At most this many regions are named in the warning about regions without a tile.
    static let regionsNamedWithoutTile = 10

    /// A tile, or nil with the problem in `diagnostics`.
    static func readTile(_ node: Node, _ diagnostics: inout [Diagnostic]) -> Tile? {
        guard let items = node.sequence, items.count == 2 else {
            diagnostics.append(node.error(.invalidTile, CoreWords.tileNotAPair(found: shown(node))))
            return nil
        }
        var parts: [Int] = []
        for (item, part) in zip(items, ["column", "row"]) {
            guard let value = try? item.count(), Tile.range.contains(value) else {
                diagnostics.append(item.error(.invalidTile, CoreWords.tilePartOutOfRange(part, found: shown(item))))
                continue
            }
            parts.append(value)
        }
        guard parts.count == 2 else { return nil }
        return Tile(column: parts[0], row: parts[1])
    }

    /// A scalar as written, a list by its length, anything else by its kind ("a mapping").
    private static func shown(_ node: Node) -> Phrase {
        if let items = node.sequence { return CoreWords.listOf(items.count) }
        guard let scalar = node.scalar, !node.isNull else { return node.kindName }
        return Phrase(verbatim: "'\(scalar.value)'")
    }

    /// The regions read, with a tile taken twice an error at its second use and a partial set of
    /// tiles a warning at `regions:`; the second region of a shared tile keeps no tile.
    static func checkTiles(
        _ read: [(region: Region, tileNode: Node?)], listedAt node: Node, _ diagnostics: inout [Diagnostic]
    ) -> [Region] {
        var regions: [Region] = []
        regions.reserveCapacity(read.count)
        var taken: [Tile: (region: String, line: Int)] = [:]
        for (region, tileNode) in read {
            var region = region
            if let tile = region.tile, let tileNode {
                if let first = taken[tile] {
                    diagnostics.append(
                        tileNode.error(
                            .duplicateTile, CoreWords.tileTaken(tile, by: first.region, line: first.line),
                            hint: CoreWords.giveEachRegionItsOwnTile))
                    region.tile = nil
                } else {
                    taken[tile] = (region.id, tileNode.mark.line)
                }
            }
            regions.append(region)
        }
        // Counted by what was written: a region whose tile is wrong has one, already reported.
        let without = read.filter { $0.tileNode == nil }.map(\.region.id)
        if !without.isEmpty, without.count < read.count {
            let named = Array(without.prefix(regionsNamedWithoutTile))
            diagnostics.append(
                node.warning(
                    .regionWithoutTile, CoreWords.regionsWithoutTile(named, more: without.count - named.count),
                    hint: CoreWords.giveEveryRegionATile))
        }
        return regions
    }
}
