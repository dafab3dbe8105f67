import KomitmenCore
import KomitmenYAML

extension Validation {
    /// Writes the diagnostics as text, as compilers do, within the bounds of DESIGN's "Cost is
    /// bounded": at most `maxDiagnosticsPerFile` per file and `maxErrors` per run (0: no limit),
    /// each cut announced as "… and N more", counted. Only `severities` are written and counted.
    /// Returns how many were not written one by one.
    @discardableResult
    public func writeListing(
        to output: inout some TextOutputStream, language: Language, maxErrors: Int,
        severities: Set<Diagnostic.Severity> = [.error, .warning]
    ) -> Int {
        let formatter = formatter(language)
        var printed = 0
        var announced = 0
        var cutShort = false
        var index = diagnostics.startIndex
        func omittedCount(_ counts: OmittedDiagnostics?) -> Int {
            guard let counts else { return 0 }
            return (severities.contains(.error) ? counts.errors : 0)
                + (severities.contains(.warning) ? counts.warnings : 0)
        }
        while index < diagnostics.endIndex {
            let file = diagnostics[index].file
            var end = index
            while end < diagnostics.endIndex && diagnostics[end].file == file { end += 1 }
            for diagnostic in diagnostics[index..<end] where severities.contains(diagnostic.severity) {
                if maxErrors > 0 && printed >= maxErrors {
                    cutShort = true
                    break
                }
                output.write(formatter.format(diagnostic) + "\n")
                printed += 1
            }
            if cutShort { break }
            let more = omittedCount(omitted[file])
            if more > 0 {
                output.write(Self.fileNote(file, more).text(language) + "\n")
                announced += more
            }
            index = end
        }
        let total =
            diagnostics.count { severities.contains($0.severity) }
            + omitted.values.reduce(0) { $0 + omittedCount($1) }
        let rest = total - printed - announced
        if rest > 0 { output.write(Self.runNote(rest, maxErrors).text(language) + "\n") }
        return total - printed
    }

    static func fileNote(_ file: String, _ count: Int) -> Phrase {
        AppWords.moreProblemsInFile(file, count: count)
    }

    static func runNote(_ count: Int, _ limit: Int) -> Phrase {
        AppWords.moreProblemsNotShown(count, limit: limit)
    }
}
