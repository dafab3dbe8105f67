import Foundation
import KomitmenCore
import KomitmenYAML

/// Prints a repository's diagnostics as it goes, within the bounds of DESIGN's "Cost is bounded":
/// at most `Repository.maxDiagnosticsPerFile` per file (the loader keeps no more) and `maxErrors`
/// per run (0: no limit), each cut announced as "… and N more", counted.
struct DiagnosticPrinter {
    var language: Language
    /// At most this many diagnostics in all; 0 prints every one kept.
    var maxErrors: Int
    /// Only these are printed and counted (`new-report` shows errors only).
    var severities: Set<Diagnostic.Severity> = [.error, .warning]

    /// Writes every diagnostic kept, then the notes of what was left out; returns how many
    /// diagnostics were not printed one by one (those of the per-file cut and of the run cut).
    @discardableResult
    func print(_ repository: Repository, to output: inout TextOutput) -> Int {
        let formatter = repository.formatter(language)
        var printed = 0, announced = 0
        var cutShort = false
        var index = repository.diagnostics.startIndex
        let diagnostics = repository.diagnostics
        while index < diagnostics.endIndex {
            let file = diagnostics[index].file
            var end = index
            while end < diagnostics.endIndex && diagnostics[end].file == file { end += 1 }
            for diagnostic in diagnostics[index..<end] where severities.contains(diagnostic.severity) {
                if maxErrors > 0 && printed >= maxErrors { cutShort = true; break }
                output.write(formatter.format(diagnostic) + "\n")
                printed += 1
            }
            if cutShort { break }
            let more = omitted(repository.omitted[file])
            if more > 0 {
                output.write(Self.fileNote(file, more).text(language) + "\n")
                announced += more
            }
            index = end
        }
        let total = diagnostics.count { severities.contains($0.severity) }
            + repository.omitted.values.reduce(0) { $0 + omitted($1) }
        let rest = total - printed - announced
        if rest > 0 { output.write(Self.runNote(rest, maxErrors).text(language) + "\n") }
        output.flush()
        return total - printed
    }

    private func omitted(_ counts: OmittedDiagnostics?) -> Int {
        guard let counts else { return 0 }
        return (severities.contains(.error) ? counts.errors : 0) + (severities.contains(.warning) ? counts.warnings : 0)
    }

    static func fileNote(_ file: String, _ count: Int) -> Phrase {
        Phrase(en: "\(file): … and \(count) more problem\(count == 1 ? "" : "s") in this file (at most \(Repository.maxDiagnosticsPerFile) are shown per file)",
               id: "\(file): … dan \(count) masalah lain dalam berkas ini (paling banyak \(Repository.maxDiagnosticsPerFile) ditampilkan per berkas)")
    }

    static func runNote(_ count: Int, _ limit: Int) -> Phrase {
        Phrase(en: "… and \(count) more problem\(count == 1 ? "" : "s") not shown (at most \(limit) are shown; --max-errors 0 shows all)",
               id: "… dan \(count) masalah lain tidak ditampilkan (paling banyak \(limit) ditampilkan; --max-errors 0 menampilkan semuanya)")
    }
}

/// Text written to standard output or standard error through a buffer: output as it is made,
/// in pieces of at most 64 KiB, never one string the size of the whole report.
struct TextOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    static var standardOutput: TextOutput { TextOutput(handle: .standardOutput) }
    static var standardError: TextOutput { TextOutput(handle: .standardError) }

    private init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        // A closed pipe (`komitmen validate | head`) is not a crash.
        try? handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
