import ArgumentParser
import Foundation
import KomitmenCore
import KomitmenRender
import KomitmenYAML

/// The compliance summary of a quarter: who filed, on time or late, who is missing, and progress
/// on every pledged indicator, per stakeholder kind and per goal.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The compliance summary of a quarter, as text, Markdown, HTML, JSON or CSV.",
        discussion: """
            The default quarter is the latest whose reports were due before the --as-of date. \
            A summary as of a date shows only reports submitted on or before it.
            Ringkasan kepatuhan satu triwulan: siapa yang melapor, tepat waktu atau terlambat, \
            siapa yang belum, dan capaian setiap indikator.
            """)

    @OptionGroup var options: RepositoryOptions

    @Option(help: "The quarter, YYYY-Qn (default: the latest one due before --as-of).")
    var quarter: String?

    @Option(name: .customLong("as-of"), help: "The date the summary is as of, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(help: "Output format: text, markdown, html, json or csv.")
    var format: SummaryFormat = .text

    @Option(help: "Write to this file instead of standard output (- is standard output); the file is replaced whole or not at all, never through a link, never over a device or a file of the repository.")
    var output: String?

    func validate() throws {
        if let problem = SummarySupport.quarterProblem(quarter) ?? SummarySupport.asOfProblem(asOf) {
            throw ValidationError(problem.text(options.lang))
        }
        if let output, output.isEmpty || output.hasSuffix("/") {
            throw ValidationError(Phrase(en: "--output needs a file name, not '\(output)'",
                                         id: "--output memerlukan nama berkas, bukan '\(output)'").text(options.lang))
        }
    }

    func run() throws {
        let target = OutputTarget(output)
        let summary = try SummarySupport.summary(options, quarter: quarter, asOf: asOf) { repository in
            if case .file(let path) = target, let reason = target.problem(writingOver: repository) {
                try refuse(path, reason)
            }
        }
        let color = target == .standardOutput && format == .text && SummarySupport.colorOnStdout
        let text = format.renderer(language: options.lang, color: color).render(summary)
        guard case .file(let path) = target else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch let error as AtomicFile.WriteFailed {
            try refuse(path, error.reason)
        } catch {
            try refuse(path, Phrase(verbatim: error.localizedDescription))
        }
    }

    /// One line on standard error, then exit 1; whatever was at `path` is left as it was.
    private func refuse(_ path: String, _ reason: Phrase) throws -> Never {
        SummarySupport.printError(Phrase(
            en: "komitmen: could not write \(path): \(reason.en); the file was left as it was",
            id: "komitmen: tidak dapat menulis \(path): \(reason.id); berkas tidak diubah").text(options.lang))
        throw ExitCode(1)
    }
}

extension SummaryFormat: ExpressibleByArgument {}
