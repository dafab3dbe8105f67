import ArgumentParser
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML

/// The options every command that reads a repository shares.
struct RepositoryOptions: ParsableArguments {
    @Argument(help: "The repository folder (holds declaration.yaml).")
    var root: String = "commitments"

    @Option(help: "The language of messages and labels: en or id.")
    var lang: Language = .en

    @Option(name: .customLong("max-errors"),
            help: ArgumentHelp("Print at most this many problems in all, then '… and N more' (0: no limit). At most 100 are printed per file; the count at the end counts them all.",
                               valueName: "n"))
    var maxErrors: Int = 1000

    func validate() throws {
        guard maxErrors >= 0 else {
            throw ValidationError(Phrase(en: "--max-errors must be 0 (no limit) or more, not \(maxErrors)",
                                         id: "--max-errors harus 0 (tanpa batas) atau lebih, bukan \(maxErrors)").text(lang))
        }
    }

    /// Loads the repository with every compiled-in plugin, with a progress bar on a terminal.
    func load() -> Repository {
        let bar = ProgressBar()
        bar.unit = lang == .id ? "berkas" : "files"
        var loader = RepositoryLoader(registry: compiledInPlugins)
        loader.today = SummarySupport.todaySource
        if bar.isEnabled { loader.progress = { done, total in bar.update(done, total) } }
        let repository = loader.load(root)
        bar.finish()
        // Kept until the process ends: a command reads one repository and exits, and freeing tens
        // of thousands of reports one by one, on one thread, took longer than the exit itself.
        _ = Unmanaged.passRetained(KeptRepository(repository))
        return repository
    }
}

/// Holds a loaded repository for the rest of the process (see `RepositoryOptions.load`).
private final class KeptRepository {
    let repository: Repository
    init(_ repository: Repository) { self.repository = repository }
}

extension Language: ExpressibleByArgument {}
