import ArgumentParser
import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenFiles

/// What the commands share: where "today" comes from, colour, and turning the application
/// layer's failures into lines on standard error and exit codes.
enum CommandSupport {
    /// Where "today" comes from: `KOMITMEN_TODAY=YYYY-MM-DD` fixes it (tests, and re-running a
    /// past check), else the clock. Read here only: the application layer takes a `Today`. A value
    /// that is not a date in 1900–2999 is refused once on stderr and the clock is used.
    static let todaySource: Today = {
        guard let text = ProcessInfo.processInfo.environment["KOMITMEN_TODAY"], !text.isEmpty else { return .clock }
        if let date = CalendarDate(text), CalendarDate.dataYears.contains(date.year) { return .fixed(date) }
        // Read before any command knows its --lang: said in English.
        printError(AppWords.todayRefused(text).text(.en))
        return .clock
    }()

    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything (no-color.org).
    static var colorOnStdout: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// The diagnostics that stopped a command, on standard error, within `--max-errors`.
    static func printDiagnostics(
        _ validation: Validation, _ options: RepositoryOptions,
        severities: Set<Diagnostic.Severity> = [.error, .warning]
    ) {
        var output = TextOutput.standardError
        validation.writeListing(
            to: &output, language: options.lang, maxErrors: options.maxErrors, severities: severities)
        output.flush()
    }

    /// The summary, or its failure printed to standard error and exit 1.
    static func summary(
        _ workspace: Workspace, _ options: RepositoryOptions, quarter: Quarter?,
        asOf: CalendarDate?, publishing: SummaryOptions = .all
    ) throws -> Summary {
        switch workspace.summary(quarter: quarter, asOf: asOf, options: publishing) {
        case .success(let summary):
            return summary
        case .failure(let failure):
            if case .repositoryHasErrors(let validation) = failure { printDiagnostics(validation, options) }
            printError("komitmen: " + failure.message(root: options.root).text(options.lang))
            throw ExitCode(1)
        }
    }
}

/// The CLI owns its process: a Ctrl-C (or TERM, HUP) while a file is written removes the
/// temporary file before the process ends (see `TemporaryFileGuard`).
struct SignalGuard: TemporaryFileGuarding {
    func arm(_ temporary: String) -> @Sendable () -> Void {
        let guardian = TemporaryFileGuard(temporary)
        return { guardian.disarm() }
    }
}
