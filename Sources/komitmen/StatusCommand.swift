import ArgumentParser
import Foundation
import KomitmenCore
import KomitmenRender

/// The signatory × quarter grid of filing states, from the first quarter through the latest due.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "A signatory × quarter grid of filing states: on time, late, missing, not yet due.",
        discussion: "Tabel penanda tangan × triwulan: tepat waktu, terlambat, tidak melapor, belum jatuh tempo.")

    @OptionGroup var options: RepositoryOptions

    @Option(
        name: .customLong("as-of"), help: .asOf("The date the grid is as of (default: today)."),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?

    func validate() throws {
        if let problem = ArgumentRange.problem(asOf: asOf) { throw ValidationError(problem.text(options.lang)) }
    }

    func run() throws {
        let summary = try CommandSupport.summary(options.load(keeping: .summarized), options, quarter: nil, asOf: asOf)
        let text = StatusGridRenderer(language: options.lang, color: CommandSupport.colorOnStdout).render(summary)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
