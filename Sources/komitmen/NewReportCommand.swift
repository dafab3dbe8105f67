import ArgumentParser
import Foundation
import KomitmenApp
import KomitmenCore

/// Writes a ready-to-fill report for a signatory and quarter; never overwrites a report.
struct NewReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-report",
        abstract: "Write a ready-to-fill report file for a signatory and quarter.",
        discussion:
            "Menulis berkas laporan siap isi untuk satu penanda tangan dan satu triwulan; laporan yang sudah ada tidak pernah ditimpa."
    )

    @Argument(help: "The signatory id (the name of its file in signatories/).")
    var signatory: String

    @OptionGroup var options: RepositoryOptions

    @Option(help: .quarter("The quarter to report."), transform: Quarter.reportArgument)
    var quarter: Quarter

    @Flag(help: "Print the report instead of writing it into the repository.")
    var print = false

    func validate() throws {
        // Years 1900–2999, as in the data and as `summary --quarter`.
        if let problem = ArgumentRange.problem(quarter: quarter) { throw ValidationError(problem.text(options.lang)) }
    }

    func run() throws {
        let workspace = options.load()
        let draft: ReportDraft
        // The draft speaks the signatory's languages whatever --lang says; the pseudo-language, a
        // translators' check, marks its comments instead.
        let languages: [Language]? = options.lang == .qps ? [.qps] : nil
        switch workspace.reportDraft(signatory: signatory, quarter: quarter, languages: languages, for: .commandLine) {
        case .success(let made): draft = made
        case .failure(let failure): try fail(failure)
        }
        if print {
            Swift.print(draft.text, terminator: "")
            return
        }
        switch workspace.write(draft, guarding: SignalGuard()) {
        case .success(let path): Swift.print(AppWords.written(path).text(options.lang))
        case .failure(let failure): try fail(failure)
        }
    }

    /// The errors that explain the failure (errors only, within `--max-errors`), the failure, exit 1.
    private func fail(_ failure: NewReportFailure) throws -> Never {
        if let validation = failure.validation, validation.hasErrors {
            CommandSupport.printDiagnostics(validation, options, severities: [.error])
        }
        CommandSupport.printError("error: " + failure.message.text(options.lang))
        throw ExitCode(1)
    }
}
