import ArgumentParser
import Foundation
import KomitmenApp
import KomitmenCore

/// Writes the secretariat's review of a report: approved, or changes requested with a comment.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write the secretariat's review of a signatory's report: approved, or changes requested.",
        discussion: """
            Writes reviews/YYYY-Qn/SIGNATORY.yaml, dated today in the declaration's time zone; an existing review is replaced whole.
            Menulis tinjauan sekretariat atas laporan: disetujui, atau diminta perbaikan dengan komentar.
            """)

    @Argument(help: "The signatory id (the name of its file in signatories/).")
    var signatory: String

    @OptionGroup var options: RepositoryOptions

    @Option(help: .quarter("The quarter of the report reviewed."), transform: Quarter.reportArgument)
    var quarter: Quarter

    @Flag(help: "Approve the report.")
    var approve = false

    @Flag(name: .customLong("request-changes"), help: "Ask the signatory to correct the report (needs --comment).")
    var requestChanges = false

    @Option(help: "What to correct, or a note; may hold line breaks.")
    var comment: String?

    @Option(help: "Who reviewed (default: the declaration's secretariat).")
    var by: String?

    func validate() throws {
        if let problem = ArgumentRange.problem(quarter: quarter) { throw ValidationError(problem.text(options.lang)) }
        guard approve != requestChanges else {
            throw ValidationError(
                CLIWords.approveOrRequestChanges.text(options.lang))
        }
    }

    func run() throws {
        let workspace = options.load()
        let draft: ReviewDraft
        switch workspace.reviewDraft(
            signatory: signatory, quarter: quarter, state: approve ? .approved : .changesRequested,
            comment: comment, by: by)
        {
        case .success(let made): draft = made
        case .failure(let failure): try fail(failure)
        }
        switch workspace.writeReview(draft, guarding: SignalGuard()) {
        case .success(let path): Swift.print(AppWords.written(path).text(options.lang))
        case .failure(let failure): try fail(failure)
        }
    }

    /// The errors that explain the failure (errors only, within `--max-errors`), the failure, exit 1.
    private func fail(_ failure: ReviewFailure) throws -> Never {
        if let validation = failure.validation, validation.hasErrors {
            CommandSupport.printDiagnostics(validation, options, severities: [.error])
        }
        CommandSupport.printError("error: " + failure.message.text(options.lang))
        throw ExitCode(1)
    }
}
