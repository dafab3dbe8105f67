// The seed corpus and dictionary of FuzzPipeline, written by the target itself
// (FUZZ_PIPELINE_WRITE_SEEDS=DIR) so they follow the plugins compiled in: the valid fixture as it
// is and with CRLF and CR line breaks, and for every example of every plugin, the fixture plus a
// signatory of that plugin's kind pledging all its indicators and the example as its report; and
// the fixture with a report of many aliases of one text (issue 21).
import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML

func writeSeeds(to folder: String, fixture: String?) {
    let manager = FileManager.default
    try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let fixtureFiles = fixture.map(readFixture) ?? []
    func save(_ name: String, _ files: [FuzzFile]) {
        _ = manager.createFile(atPath: folder + "/" + name, contents: Data(joinInput(files)))
    }
    save("fixture", fixtureFiles)
    for (name, lineBreak) in [("fixture-crlf", [UInt8]("\r\n".utf8)), ("fixture-cr", [0x0D])] {
        save(
            name,
            fixtureFiles.map { file in
                FuzzFile(path: file.path, bytes: file.bytes.flatMap { $0 == 0x0A ? lineBreak : [$0] })
            })
    }
    for plugin in compiledInPlugins.plugins {
        let signatory = "example-" + plugin.kind
        let signatoryFile = FuzzFile(
            path: "signatories/\(signatory).yaml", bytes: Array(pledgingAll(plugin, id: signatory).utf8))
        for (index, example) in plugin.examples.enumerated() {
            let report =
                "signatory: \(signatory)\nperiod: 2025-Q4\nsubmitted: 2026-01-10\n"
                + example.yaml.replacingOccurrences(of: String(PluginExample.marker), with: "") + "\n"
            save(
                "\(plugin.kind)-\(index)",
                fixtureFiles + [
                    signatoryFile,
                    FuzzFile(path: "reports/2025-Q4/\(signatory).yaml", bytes: Array(report.utf8)),
                ])
        }
    }
    // Issue 21's shape at the fuzzer's size: one anchored text and many aliases of it, in the
    // narrative, the evidence and a section's text, on both sides of the alias byte budget.
    for (name, characters, aliases) in [("aliases-within", 400, 15), ("aliases-past", 2_000, 60)] {
        let report =
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  victims_rescued: 40\n"
            + "cases:\n  - ref: LP/1\n    stage: report\n    suspects: 1\n    victims: 40\n    destination: &d Malaysia\n"
            + "  - {ref: LP/2, stage: report, suspects: 0, victims: 0, destination: *d}\n"
            + "narrative: &n " + String(repeating: "A", count: characters) + "\nevidence:\n"
            + String(repeating: "  - *n\n", count: aliases)
        save(
            name,
            fixtureFiles.filter { $0.path != "reports/2025-Q4/polda-ntt.yaml" } + [
                FuzzFile(path: "reports/2025-Q4/polda-ntt.yaml", bytes: Array(report.utf8))
            ])
    }
    if let dictionary = environment["FUZZ_PIPELINE_WRITE_DICT"] {
        _ = manager.createFile(atPath: dictionary, contents: Data(dictionaryText().utf8))
    }
}

/// A signatory of the plugin's kind that pledged every indicator (decreasing ones from 100 to 0).
func pledgingAll(_ plugin: StakeholderPlugin, id: String) -> String {
    var text = "id: \(id)\nname: Example \(plugin.kind)\nstakeholder: \(plugin.kind)\nregion: ntt\n"
    text += "pledges:\n  - id: all\n    text: Every indicator\n    goal: protection\n    indicators:\n"
    for indicator in plugin.indicators {
        text += "      - indicator: \(indicator.id)\n"
        text +=
            indicator.direction == .decrease ? "        baseline: 100\n        target: 0\n" : "        target: 100\n"
        text += "        by: 2026-Q4\n"
    }
    return text
}

/// The files of the fixture folder, declaration first, as an input's parts.
func readFixture(_ root: String) -> [FuzzFile] {
    let manager = FileManager.default
    let paths = (manager.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { path in
        var isFolder: ObjCBool = false
        return manager.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
    }.sorted { ($0 == "declaration.yaml" ? 0 : 1, $0) < ($1 == "declaration.yaml" ? 0 : 1, $1) }
    return paths.compactMap { path in
        manager.contents(atPath: root + "/" + path).map { FuzzFile(path: path, bytes: Array($0)) }
    }
}

/// The input that `splitInput` turns back into these files.
func joinInput(_ files: [FuzzFile]) -> [UInt8] {
    var bytes: [UInt8] = []
    for file in files {
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        bytes += Array("@@ \(file.path)\n".utf8) + file.bytes
    }
    return bytes
}

/// libFuzzer dictionary: the separator, the layout, DESIGN.md's field names, and every plugin's
/// kinds, indicators, sections and section fields.
func dictionaryText() -> String {
    var words = [
        "\n@@ ", "@@ declaration.yaml\n", "@@ signatories/", "@@ reports/2025-Q4/", "@@ reports/", "@@ reviews/",
        ".yaml", ".yml", "2025-Q3", "2025-Q4", "2026-Q1", "2026-01-10", "\r\n", "\r", "\u{1B}[31m", "\u{202E}",
        "id", "title", "signed", "place", "secretariat", "reporting", "first", "due_days", "status_thresholds",
        "on_track", "at_risk", "timezone", "regions", "goals", "name", "stakeholder", "region", "represented_by",
        "joined", "pledges", "text", "goal", "indicators", "indicator", "target", "by", "baseline", "from",
        "contacts", "email", "phone", "language", "signatory", "period", "submitted", "values", "narrative",
        "evidence", "state", "on", "comment", "Asia/Makassar", "&a", "*a", "!!str", "<<", "---", "...", "|", ">",
    ]
    for plugin in compiledInPlugins.plugins {
        words += [plugin.kind] + plugin.indicators.map(\.id)
        for section in plugin.sections { words += [section.name] + section.fields.map(\.name) }
    }
    return Set(words).sorted().map { word in
        "\""
            + word.utf8.map { byte in
                byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
                    ? String(UnicodeScalar(byte)) : String(format: "\\x%02X", byte)
            }.joined() + "\""
    }.joined(separator: "\n") + "\n"
}
