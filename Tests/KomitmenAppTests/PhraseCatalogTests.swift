import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

/// One translation mechanism: every phrase is written in a catalog (CONTRIBUTING.md,
/// "Languages"), so a language is added in the catalogs and nowhere else. The scan fails, naming
/// file and line, on a phrase written elsewhere; `Phrase(en:id:)` having a parameter per language
/// makes the compiler find the phrases that lack one.
@Suite struct PhraseCatalogTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Text for developers, not people: a plugin example's failure, read by its author in a test
    /// run (English, like the code).
    static let developersText = ["Sources/KomitmenCore/PluginExample+Verifying.swift"]

    /// A catalog file: `*Words.swift` or `*Words+Concern.swift` (one per module), Render's
    /// `Labels.swift`, a diagnostic code table, and a plugin's own self-describing value.
    static func isCatalog(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        let stem = name.split(separator: "+").first.map(String.init) ?? name
        return stem.hasSuffix("Words") || name.hasSuffix("Words.swift")
            || name == "Labels.swift" || name.hasSuffix("DiagnosticCodes.swift")
            || (path.hasPrefix("Plugins/") && (name.hasSuffix("Stakeholder.swift") || name == "PluginTemplate.swift"))
    }

    /// Where a line writes a phrase outside the catalogs: `Phrase(en:` (also split over two
    /// lines), words given as `Phrase(verbatim:)`, or a text interpolating another phrase's `.en`,
    /// `.id` or `.text(.en)`.
    static func bypass(_ line: Substring, next: Substring?) -> String? {
        let code = line.trimmingCharacters(in: .whitespaces)
        // Comments, and the server's log, which is written for its operator in English like the code.
        if code.hasPrefix("//") || code.hasPrefix("logger.") { return nil }
        if line.contains("Phrase(en:") { return "Phrase(en:id:) outside a catalog" }
        if code.hasSuffix("Phrase("), next?.trimmingCharacters(in: .whitespaces).hasPrefix("en:") == true {
            return "Phrase(en:id:) outside a catalog"
        }
        if let verbatim = line.firstMatch(of: #/Phrase\(verbatim: "((?:[^"\\]|\\.)*)"/#) {
            let literal = String(verbatim.1).replacing(#/\\\((?:[^()]|\([^()]*\))*\)/#, with: "")
            if literal.contains(#/\p{L}{3,}/#) { return "words given as Phrase(verbatim:)" }
        }
        // `.id` alone is also an id's name (`signatory.id`): a phrase's English marks the assembly.
        if line.contains(#/\\\((?:[^()]|\([^()]*\))*\.(?:en|text\(\.(?:en|id)\))\)/#) {
            return "a text assembled from a phrase's .en/.id outside a catalog"
        }
        return nil
    }

    /// Every Swift file under Sources/ and Plugins/, as a path from the package root.
    static func swiftFiles() throws -> [String] {
        var paths: [String] = []
        for top in ["Sources", "Plugins"] {
            let root = packageRoot.appendingPathComponent(top)
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative.hasSuffix(".swift") { paths.append(top + "/" + relative) }
            }
        }
        return paths.sorted()
    }

    @Test func everyPhraseIsInACatalog() throws {
        let files = try Self.swiftFiles()
        #expect(files.count > 100, "the scan found only \(files.count) files under \(Self.packageRoot.path)")
        var found: [String] = []
        for path in files
        where !Self.isCatalog(path)
            && !Self.developersText.contains(path)
        {
            let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(path), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if let why = Self.bypass(line, next: index + 1 < lines.count ? lines[index + 1] : nil) {
                    found.append("\(path):\(index + 1): \(why): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found.isEmpty, "phrases outside the catalogs:\n\(found.joined(separator: "\n"))")
    }

    @Test func theScanFindsEachKindOfBypass() {
        #expect(Self.bypass(#"let x = Phrase(en: "a", id: "b")"#, next: nil) != nil)
        #expect(Self.bypass("    Phrase(", next: #"        en: "a","#) != nil)
        #expect(Self.bypass(#"Phrase(verbatim: "Total")"#, next: nil) != nil)
        #expect(Self.bypass(#"Phrase(verbatim: "Σ \(field)")"#, next: nil) == nil)
        #expect(Self.bypass(#""error: \(error.message.en)""#, next: nil) != nil)
        #expect(Self.bypass(#""\(label.text(.id)) x""#, next: nil) != nil)
        #expect(Self.bypass(#""\(signatory.name) (\(signatory.id))""#, next: nil) == nil)
        #expect(Self.bypass(#"/// `Phrase(en: "a", id: "b")`"#, next: nil) == nil)
        #expect(Self.isCatalog("Sources/KomitmenCore/CoreWords+Layout.swift"))
        #expect(Self.isCatalog("Plugins/Police/PoliceStakeholder.swift"))
        #expect(!Self.isCatalog("Sources/KomitmenCore/FieldReader.swift"))
    }

    /// (where, phrase) for the diagnostic codes' summaries and the plugins' texts.
    static var catalogPhrases: [(String, Phrase)] {
        var phrases = DiagnosticCatalog(registry: compiledInPlugins).entries.map {
            ("\($0.origin) \($0.code.code)", $0.code.summary)
        }
        for plugin in compiledInPlugins.plugins {
            let kind = "plugin " + plugin.kind
            phrases += [(kind + " name", plugin.name), (kind + " description", plugin.description)]
            for indicator in plugin.indicators {
                phrases += [
                    (kind + " " + indicator.id, indicator.label), (kind + " " + indicator.id, indicator.description),
                ]
            }
            for section in plugin.sections {
                phrases.append((kind + " section " + section.name, section.description))
                phrases += section.fields.map { (kind + " field " + $0.name, $0.description) }
                phrases += section.rules.map { (kind + " rule", $0.description) }
            }
        }
        return phrases
    }

    /// The compiler sees that every language is given; a blank text it cannot see.
    @Test(arguments: Language.allCases)
    func noCatalogPhraseIsBlank(_ language: Language) {
        let blank = Self.catalogPhrases.filter { $0.1.blankLanguages.contains(language) }.map(\.0)
        #expect(blank.isEmpty, "no \(language.rawValue) text for: \(blank.joined(separator: ", "))")
    }

    @Test func thePseudoLanguageMarksPhrasesButNotData() {
        #expect(Phrase(en: "a", id: "b").text(.qps) == "⟦a⟧")
        #expect(Phrase(verbatim: "Kota Baru").text(.qps) == "Kota Baru")
        #expect(Phrase.data(en: "Goal", id: "Tujuan").text(.qps) == "Goal")
        #expect((Phrase(en: "a", id: "b") + Phrase(verbatim: "!")).text(.qps) == "⟦a!⟧")
        #expect((Phrase(en: "a", id: "b") + Phrase(verbatim: "!")).text(.id) == "b!")
        #expect(Phrase(en: "a", id: " ").blankLanguages == [.id])
        #expect(!Language.allCases.contains(.qps) && Language(spokenCode: "qps") == nil)
        #expect(Language(spokenCode: "id") == .id && Language(rawValue: "qps") == .qps)
        #expect(Language.qps.monthNames == Language.en.monthNames)
    }
}
