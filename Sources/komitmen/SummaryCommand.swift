import ArgumentParser
import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRender

/// The compliance summary of a quarter: who filed, on time or late, who is missing, and progress
/// on every pledged indicator, per stakeholder kind and per goal.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The compliance summary of a quarter, as text, Markdown, HTML, JSON or CSV.",
        discussion: """
            The default quarter is the latest whose reports were due before the --as-of date. \
            A summary as of a date shows only reports submitted on or before it. \
            --only-approved and --public give what the public site publishes.
            Ringkasan kepatuhan satu triwulan: siapa yang melapor, tepat waktu atau terlambat, \
            siapa yang belum, dan capaian setiap indikator. --only-approved: hanya nilai laporan \
            yang disetujui (per --as-of); laporan lain tetap dihitung melapor tetapi tanpa nilai. \
            --public: tanpa komentar tinjauan, dalam format apa pun.
            """)

    @OptionGroup var options: RepositoryOptions

    @Option(help: .quarter("The quarter (default: the latest one due before --as-of)."), transform: Quarter.argument)
    var quarter: Quarter?

    @Option(
        name: .customLong("as-of"), help: .asOf("The date the summary is as of (default: today)."),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?

    // The values are listed from the enum (`SummaryFormat.allCases`) by the parser.
    @Option(help: "Output format.")
    var format: SummaryFormat = .text

    @Option(
        name: .customLong("csv-layout"),
        help:
            "CSV rows: wide (one per signatory and indicator) or long (one per signatory, indicator and quarter of its history)."
    )
    var csvLayout: CSVLayout = .wide

    @Flag(
        name: .customLong("only-approved"),
        help:
            "Values only of reports approved as of --as-of; other reports keep their filing (on time, late) but count as left blank, in every figure."
    )
    var onlyApproved = false

    @Flag(
        name: .customLong("public"),
        help:
            "Leave review comments out of every format (the CSV keeps its Review comment column, empty; the JSON has comment: null)."
    )
    var isPublic = false

    @Option(
        help:
            "Write to this file instead of standard output (- is standard output); the file is replaced whole or not at all, never through a link, never over a device or a file of the repository."
    )
    var output: String?

    func validate() throws {
        if let problem = ArgumentRange.problem(quarter: quarter) ?? ArgumentRange.problem(asOf: asOf) {
            throw ValidationError(problem.text(options.lang))
        }
        if let output, output.isEmpty || output.hasSuffix("/") {
            throw ValidationError(
                CLIWords.outputNeedsAFileName(output).text(options.lang))
        }
    }

    func run() throws {
        let target = OutputTarget(output)
        let workspace = options.load(keeping: .summarized)
        // Refused before any work: the repository's own files are never written over.
        if case .file(let path) = target, !workspace.validate().hasErrors, let problem = workspace.outputProblem(path) {
            try refuse(problem)
        }
        let publishing = SummaryOptions(onlyApproved: onlyApproved, withoutReviewComments: isPublic)
        let summary = try CommandSupport.summary(
            workspace, options, quarter: quarter, asOf: asOf, publishing: publishing)
        // Like the repository, not freed on the way out.
        KeptUntilExit.keep(summary)
        let color = target == .standardOutput && format == .text && CommandSupport.colorOnStdout
        let (format, language, csvLayout) = (format, options.lang, csvLayout)
        // Written as it is made, a part at a time: a summary of tens of megabytes is not held whole.
        guard case .file(let path) = target else {
            // The bytes as they are (no copy into a `Data`); a closed pipe ends it, not a crash.
            let standardOutput = FileHandle.standardOutput
            try? RenderedDocument.write(
                summary, format: format, language: language, color: color, csvLayout: csvLayout
            ) { try standardOutput.write(contentsOf: $0) }
            return
        }
        let written = workspace.write(to: path, guarding: SignalGuard()) { part in
            try RenderedDocument.write(
                summary, format: format, language: language, color: color, csvLayout: csvLayout, to: part)
        }
        if case .failure(let failure) = written { try refuse(failure) }
    }

    /// One line on standard error, then exit 1; whatever was at the path is left as it was.
    private func refuse(_ failure: OutputFailure) throws -> Never {
        CommandSupport.printError("komitmen: " + failure.message.text(options.lang))
        throw ExitCode(1)
    }
}

extension SummaryFormat: ExpressibleByArgument {}
extension CSVLayout: ExpressibleByArgument {}
