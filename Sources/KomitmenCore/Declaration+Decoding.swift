import Foundation
import KomitmenYAML

extension Declaration {
    static let fields = [
        "id", "title", "signed", "place", "secretariat", "reporting", "status_thresholds", "timezone", "regions",
        "goals",
    ]

    /// Reads `declaration.yaml`; nil when it is too broken to use (the diagnostics say why).
    static func decode(_ root: Node, diagnostics: inout [Diagnostic]) -> Declaration? {
        guard let fields = FieldReader(root, known: Self.fields, diagnostics: &diagnostics) else { return nil }
        let id = fields.required("id", &diagnostics, Node.identifier)
        let title = fields.optional("title", &diagnostics, Node.localizedText)
        let signed = fields.optional("signed", &diagnostics, Node.date)
        let place = fields.optional("place", &diagnostics, Node.text)
        let secretariat = fields.optional("secretariat", &diagnostics, Node.text)

        var firstQuarter: Quarter?
        var dueDays: Int?
        if let reporting = fields.required("reporting", &diagnostics),
            let schedule = FieldReader(reporting, known: ["first", "due_days"], diagnostics: &diagnostics)
        {
            firstQuarter = schedule.required("first", &diagnostics, Node.quarter)
            dueDays = schedule.required("due_days", &diagnostics, Node.count)
            if let days = dueDays, !dueDaysRange.contains(days), let node = schedule.optional("due_days") {
                diagnostics.append(
                    node.error(
                        .dueDaysOutOfRange,
                        CoreWords.dueDaysOutOfRange(
                            dueDaysRange.lowerBound, first: dueDaysRange.upperBound, last: days),
                        hint: CoreWords.whatDueDaysAre))
                dueDays = min(max(days, dueDaysRange.lowerBound), dueDaysRange.upperBound)  // reported; checks go on
            }
        }
        let timeZone = fields.optional("timezone", &diagnostics, readTimeZone)

        var onTrack = 0.9
        var atRisk = 0.6
        if let thresholds = fields.optional("status_thresholds"),
            let reader = FieldReader(thresholds, known: ["on_track", "at_risk"], diagnostics: &diagnostics)
        {
            for (key, assign) in [
                ("on_track", { (v: Double) in onTrack = v }), ("at_risk", { (v: Double) in atRisk = v }),
            ] {
                guard let node = reader.optional(key),
                    let value = read(&diagnostics, { () throws(Diagnostic) in try node.decimal() })
                else { continue }
                if value <= 0 || value > 1 {
                    diagnostics.append(
                        node.error(
                            .invalidThreshold,
                            CoreWords.fractionAboveZero(key)))
                } else {
                    assign(value)
                }
            }
            if atRisk > onTrack, let node = reader.optional("at_risk") {
                diagnostics.append(
                    node.error(
                        .invalidThreshold,
                        CoreWords.atRiskAboveOnTrack(atRisk, onTrack: onTrack)))
            }
        }

        let regions = fields.optional("regions").map { decodeRegions($0, &diagnostics) } ?? []
        let goals = fields.required("goals", &diagnostics).map { decodeGoals($0, &diagnostics) } ?? []

        guard let id, let firstQuarter, let dueDays else { return nil }
        return Declaration(
            id: id, title: title ?? LocalizedText(id), signed: signed, place: place, secretariat: secretariat,
            firstQuarter: firstQuarter, dueDays: dueDays, onTrack: onTrack, atRisk: atRisk,
            timeZone: timeZone ?? defaultTimeZone, regions: regions, goals: goals)
    }

    /// An IANA time zone name (`Asia/Makassar`). Only names shaped like one reach Foundation,
    /// which on Linux looks zones up as files: no `..`, no leading `/`, no odd bytes.
    private static func readTimeZone(_ node: Node) -> () throws(Diagnostic) -> TimeZone {
        { () throws(Diagnostic) in
            let text = try node.text()
            let shaped =
                (1...64).contains(text.utf8.count) && !text.hasPrefix("/")
                && text.utf8.allSatisfy { byte in
                    (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
                        || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
                        || byte == UInt8(ascii: "-")
                }
            if shaped, let zone = TimeZone(identifier: text) { return zone }
            // Suggestions only for a short name: the list has some 450 zones.
            let known = ["UTC"] + TimeZone.knownTimeZoneIdentifiers
            let hint =
                (text.count <= 40 ? Suggestion.hint(for: text, in: known) : nil)
                ?? CoreWords.writeAnIANAZone
            throw node.error(
                .unknownTimeZone, CoreWords.unknownTimeZone(text),
                hint: hint)
        }
    }

    private static func decodeRegions(_ node: Node, _ diagnostics: inout [Diagnostic]) -> [Region] {
        let read = decodeList(node, of: "region", fields: ["id", "name", "tile"], &diagnostics) {
            (id: String, fields: FieldReader, diagnostics: inout [Diagnostic]) -> (region: Region, tileNode: Node?) in
            let tileNode = fields.optional("tile")
            let tile = tileNode.flatMap { readTile($0, &diagnostics) }
            let name = fields.required("name", &diagnostics, Node.text) ?? id
            return (Region(id: id, name: name, tile: tile), tileNode)
        }
        return checkTiles(read, listedAt: node, &diagnostics)
    }

    private static func decodeGoals(_ node: Node, _ diagnostics: inout [Diagnostic]) -> [Goal] {
        if node.sequence?.isEmpty == true {
            diagnostics.append(
                node.error(
                    .noGoals,
                    CoreWords.needsAGoal))
        }
        return decodeList(node, of: "goal", fields: ["id", "title"], &diagnostics) { id, fields, diagnostics in
            Goal(id: id, title: fields.optional("title", &diagnostics, Node.localizedText) ?? LocalizedText(id))
        }
    }

    /// A list of entries with unique ids: each entry read by `make`, a repeated id reported at its
    /// second use naming the first.
    static func decodeList<T>(
        _ node: Node, of what: String, fields known: [String], _ diagnostics: inout [Diagnostic],
        make: (String, FieldReader, inout [Diagnostic]) -> T
    ) -> [T] {
        guard let items = read(&diagnostics, node, Node.items) else { return [] }
        var entries: [T] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard let fields = FieldReader(item, known: known, diagnostics: &diagnostics),
                let idNode = fields.required("id", &diagnostics),
                let id = read(&diagnostics, idNode, Node.identifier)
            else { continue }
            let entry = make(id, fields, &diagnostics)
            if let line = seen[id] {
                diagnostics.append(idNode.error(.duplicateID, duplicateID(what, id, line)))
                continue
            }
            seen[id] = idNode.mark.line
            entries.append(entry)
        }
        return entries
    }
}

/// "duplicate goal id 'x' (first used on line N)".
func duplicateID(_ what: String, _ id: String, _ line: Int) -> Phrase {
    CoreWords.duplicateID(what, id, line)
}
