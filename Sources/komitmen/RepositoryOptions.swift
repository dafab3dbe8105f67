import ArgumentParser
import KomitmenApp
import KomitmenCore
import KomitmenRegistry

/// The options every command that reads a repository shares.
struct RepositoryOptions: ParsableArguments {
    @Argument(help: "The repository folder (holds declaration.yaml).")
    var root: String = "commitments"

    @OptionGroup var language: LanguageOptions

    @Option(
        name: .customLong("max-errors"),
        help: ArgumentHelp(
            "Print at most this many problems in all, then '… and N more' (0: no limit). At most 100 are printed per file; the count at the end counts them all.",
            valueName: "n"))
    var maxErrors: Int = 1000

    var lang: Language { language.lang }

    func validate() throws {
        guard maxErrors >= 0 else {
            throw ValidationError(AppWords.maxErrorsNegative(maxErrors).text(lang))
        }
    }

    /// Loads the repository with every compiled-in plugin, with a progress bar on a terminal.
    /// `keepAliveUntilExit`: the command reads one repository and exits, and freeing tens of
    /// thousands of reports one by one, on one thread, took longer than the exit itself; so the
    /// CLI (and only the CLI: the application layer frees what it loads) lets the process end
    /// with it still held.
    /// `keeping`: how much of each report the command reads (see `ReportDetail`).
    func load(keepAliveUntilExit: Bool = true, keeping detail: ReportDetail = .everything) -> Workspace {
        let bar = ProgressBar()
        bar.unit = CLIWords.files.text(lang)
        var options = LoadOptions(root: root, registry: compiledInPlugins, today: CommandSupport.todaySource)
        options.reportDetail = detail
        if bar.isEnabled { options.progress = { done, total in bar.update(done, total) } }
        let workspace = Workspace.load(options)
        bar.finish()
        if keepAliveUntilExit { KeptUntilExit.keep(workspace) }
        return workspace
    }
}

/// Holds a value for the rest of the process: a command that reads one repository and exits
/// does not free tens of thousands of reports (or a summary of them) on its way out.
enum KeptUntilExit {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
