import ArgumentParser
import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML

/// Writes a ready-to-fill report for a signatory and quarter; never overwrites a report.
struct NewReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-report",
        abstract: "Write a ready-to-fill report file for a signatory and quarter.",
        discussion: "Menulis berkas laporan siap isi untuk satu penanda tangan dan satu triwulan; laporan yang sudah ada tidak pernah ditimpa.")

    @Argument(help: "The signatory id (the name of its file in signatories/).")
    var signatory: String

    @OptionGroup var options: RepositoryOptions

    @Option(help: "The quarter to report, YYYY-Qn.")
    var quarter: String

    @Flag(help: "Print the report instead of writing it into the repository.")
    var print = false

    func validate() throws {
        guard Quarter(quarter) != nil else {
            let message = Phrase(en: "--quarter must look like 2025-Q4 (year, dash, Q and 1 to 4), not '\(quarter)'",
                                 id: "--quarter harus seperti 2025-Q4 (tahun, tanda hubung, Q dan 1 sampai 4), bukan '\(quarter)'")
            throw ValidationError(message.text(options.lang))
        }
        // Years 1900–2999, as in the data and as `summary --quarter`.
        if let problem = SummarySupport.quarterProblem(quarter) { throw ValidationError(problem.text(options.lang)) }
    }

    func run() throws {
        let language = options.lang
        let repository = options.load()
        guard let declaration = repository.declaration else {
            try fail(repository, Phrase(en: "the repository's declaration.yaml has errors", id: "declaration.yaml di repositori ini bermasalah"))
        }
        guard let signatory = repository.signatory(signatory) else {
            let match = Suggestion.closest(to: self.signatory, in: repository.signatories.map(\.id))
            try fail(repository, Phrase(en: "unknown signatory '\(self.signatory)'" + (match.map { " (did you mean '\($0)'?)" } ?? ""),
                                        id: "penanda tangan '\(self.signatory)' tidak dikenal" + (match.map { " (maksud Anda '\($0)'?)" } ?? "")))
        }
        guard let quarter = Quarter(quarter) else { throw ExitCode(1) }  // checked by validate()
        let first = signatory.firstQuarter(declaration)
        guard quarter >= first else {
            try fail(nil, Phrase(en: "\(signatory.id) does not report for \(quarter): its first quarter is \(first)",
                                 id: "\(signatory.id) tidak melapor untuk \(quarter): triwulan pertamanya \(first)"))
        }
        let text = ReportTemplate(declaration: declaration, signatory: signatory,
                                  plugin: compiledInPlugins.plugin(signatory.stakeholder), quarter: quarter).text()
        if print {
            Swift.print(text, terminator: "")
            return
        }
        let reports = (options.root as NSString).appendingPathComponent("reports")
        let folder = (reports as NSString).appendingPathComponent("\(quarter)")
        let path = (folder as NSString).appendingPathComponent("\(signatory.id).yaml")
        for place in [reports, folder] {
            if let problem = ReportFolder.prepare(place) { try fail(nil, problem) }
        }
        do {
            try AtomicFile.write(text, to: path, replacing: false)
        } catch is AtomicFile.Exists {
            try fail(nil, Phrase(en: "\(path) already exists; komitmen never overwrites a report", id: "\(path) sudah ada; komitmen tidak pernah menimpa laporan"))
        } catch let error as AtomicFile.WriteFailed {
            try fail(nil, Phrase(en: "could not write \(path): \(error.reason.en)", id: "tidak dapat menulis \(path): \(error.reason.id)"))
        }
        Swift.print(language == .id ? "Ditulis: \(path)" : "Written: \(path)")
    }

    private func fail(_ repository: Repository?, _ message: Phrase) throws -> Never {
        if let repository, repository.hasErrors {
            var output = TextOutput.standardError
            DiagnosticPrinter(language: options.lang, maxErrors: options.maxErrors, severities: [.error]).print(repository, to: &output)
        }
        FileHandle.standardError.write(Data(("error: " + message.text(options.lang) + "\n").utf8))
        throw ExitCode(1)
    }
}
