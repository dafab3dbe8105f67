import Foundation
import KomitmenCore
import KomitmenRegistry

/// The pseudo-language check (CONTRIBUTING.md, "Languages"): under `qps` each phrase prints
/// marked `⟦…⟧`, so a word outside the marks that is neither the repository's data nor the
/// format's syntax was written past the catalogs. Used by the command line's test
/// (`PseudoLanguageTests`) and the served pages' (`PagesPseudoLanguageTests`).
public enum PseudoLanguageCheck {
    /// A word: three letters or more.
    public static var word: Regex<Substring> { #/\p{L}{3,}/# }

    /// What each format writes that is not language: markup, keys, codes, ids, paths, options.
    public static func strippingSyntax(_ text: String) -> String {
        // What a page shows in an attribute (a tooltip, a screen reader's label) is text too.
        let shown = text.matches(of: #/(?:title|aria-label|alt|placeholder)="([^"]*)"/#).map { String($0.1) }
        var text = ([text] + shown).joined(separator: "\n")
        let patterns: [Regex<Substring>] = [
            // argument-parser's own words around an option's error (ours is marked inside)
            #/(?m)^(?:Usage|Help): .*$/#, #/(?m)^\s*See '.*$/#, #/Error: The value '[^']*' is invalid for '[^']*': /#,
            #/<style[\s\S]*?</style>/#, #/<script[\s\S]*?</script>/#, #/<!--[\s\S]*?-->/#, #/<[^>]*>/#,
            #/&[#\w]+;/#,  // HTML
            #/"(?:[^"\\]|\\.)*"\s*:/#, #/"[a-z][a-z0-9-]*"/#,  // JSON keys, and codes as values
            #/\\(?:u[0-9A-Fa-f]{4}|[^u])/#,  // JSON escapes: \n, \"
            #/(?m)^[a-z][a-z0-9-]*(?=\s{2})/#,  // a code heading a row of `diagnostics`
            #/[A-Za-z][\w+.-]*:\/\/[^\s"⟦⟧]+/#, #/[\w.@-]+@[\w.-]+/#,  // addresses
            #/\b[\p{L}\d]+(?:[-_.][\p{L}\d]+)+\b/#,  // codes, ids, file names: missing-field, tppo_cases
            #/[\w-]*\d[\w-]*/#,  // numbers, dates, tokens
            #/(?m)(?:^|[\s'\[(])--?[a-z][a-z-]*/#,  // options
            #/[^\s"⟦⟧]*\/[^\s"⟦⟧]*/#,  // paths
            #/`[^`]*`/#,  // code in Markdown
        ]
        for pattern in patterns { text = text.replacing(pattern, with: " ") }
        return text
    }

    /// The format's own words, and komitmen's name.
    public static let syntaxWords: Set<String> = [
        "komitmen", "true", "false", "null", "error", "warning", "yaml", "csv", "json", "html", "eml", "utf",
        "svg", "xmlns", "http", "https", "www", "idr", "repo",
    ]

    /// What the plugins name in code, which every language shows as it is: kinds, indicator ids,
    /// units, aggregations, directions, sections, fields, choices; and the months, which the
    /// pseudo-language writes as English does (`Language+Conventions.swift`).
    public static let schemaWords: Set<String> = {
        // The plugin contract's own names head the columns of `plugins --format markdown`.
        var words: Set<String> = ["indicator", "unit", "aggregation", "direction", "field", "kind"]
        words.formUnion(Language.en.monthNames.map { $0.lowercased() })
        func add(_ text: String) {
            for match in text.matches(of: #/\p{L}+/#) { words.insert(match.output.lowercased()) }
        }
        for plugin in compiledInPlugins.plugins {
            add(plugin.kind)
            for indicator in plugin.indicators {
                [indicator.id, indicator.unit.rawValue, indicator.aggregation.rawValue, indicator.direction.rawValue]
                    .forEach(add)
            }
            for section in plugin.sections {
                add(section.name)
                for field in section.fields {
                    add(field.name)
                    switch field.kind {
                    case .choice(let choices), .choices(let choices): choices.map(\.value).forEach(add)
                    default: break
                    }
                }
            }
        }
        return words
    }()

    /// Every word the files of `root` give as a value (not their keys nor comments): the
    /// repository's data, which every language shows as written.
    public static func dataWords(_ root: URL) -> Set<String> {
        var words: Set<String> = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                let value = line.replacing(#/^\s*(?:-\s+)?[\w-]+:(?:\s|$)/#, with: "")
                for match in value.matches(of: #/\p{L}+/#) { words.insert(match.output.lowercased()) }
            }
        }
        return words
    }

    /// Every line of the files of `root`, trimmed: `validate` quotes them under their problems.
    public static func lines(_ root: URL) -> Set<String> {
        var lines: Set<String> = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") { lines.insert(line.trimmingCharacters(in: .whitespaces)) }
        }
        return lines
    }

    /// The text outside `⟦…⟧` (marks may nest: a marked phrase holding another).
    public static func unmarked(_ line: Substring) -> String {
        var depth = 0
        var out = ""
        for character in line {
            if character == "⟦" {
                depth += 1
            } else if character == "⟧" {
                depth = max(0, depth - 1)
                out.append(" ")
            } else if depth == 0 {
                out.append(character)
            }
        }
        return out
    }

    /// "command: 'word' in: line" for every word of `output` that bypassed the catalogs.
    public static func bypasses(
        _ command: String, _ output: String, data: Set<String>, quoted: Set<String> = []
    ) -> [String] {
        var found: [String] = []
        // Markup first, as a tag may span lines; then line by line, the marks removed. A line of a
        // repository's file, quoted under its diagnostic, is data.
        let unquoted = output.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !quoted.contains($0.trimmingCharacters(in: .whitespaces))
        }
        for line in strippingSyntax(unquoted.joined(separator: "\n")).split(separator: "\n") {
            let rest = strippingSyntax(unmarked(line))
            for match in rest.matches(of: word) {
                let word = match.output.lowercased()
                guard !data.contains(word), !syntaxWords.contains(word), !schemaWords.contains(word) else { continue }
                found.append("\(command): '\(match.output)' in: \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        return found
    }
}
