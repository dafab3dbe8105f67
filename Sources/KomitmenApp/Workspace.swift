import KomitmenCore
import KomitmenYAML

/// One loaded repository and everything a front end may ask of it: its validation, a summary, a
/// report template. Nothing here prints, exits or reads the environment; every answer is a value
/// (or a typed failure), so the CLI prints it and a server may send it.
///
/// A value: reading it from many requests at once is safe, and reloading makes a new one. All it
/// holds is released with it (see `Repository.files`).
public struct Workspace: Sendable {
    public let repository: Repository
    public let options: LoadOptions
    /// Which signatories changed since the load (`SummaryMemo` keeps the rows of the others).
    public let revision: WorkspaceRevision

    /// `revision`: the workspace's this one was derived from with nothing changed but
    /// `repository`'s bookkeeping; a new one by default.
    public init(repository: Repository, options: LoadOptions, revision: WorkspaceRevision = .fresh()) {
        self.repository = repository
        self.options = options
        self.revision = revision
    }

    /// Reads every file of `options.root`; never fails: problems are diagnostics.
    public static func load(_ options: LoadOptions) -> Workspace {
        var loader = RepositoryLoader(registry: options.registry, limits: options.limits, progress: options.progress)
        loader.today = options.today
        loader.reportDetail = options.reportDetail
        return Workspace(repository: loader.load(options.root), options: options)
    }

    public var registry: PluginRegistry { options.registry }

    /// Every diagnostic of the load, with counts.
    public func validate() -> Validation {
        Validation(repository)
    }

    /// Today in the declaration's time zone (UTC without one), as DESIGN.md's `timezone` says.
    public var today: CalendarDate {
        options.today.date(in: repository.declaration?.timeZone ?? Declaration.defaultTimeZone)
    }

    /// The summary of `quarter` (default: the latest due) as of `asOf` (default: today), publishing
    /// what `options` say. A repository with errors is refused whole: a summary of half-read data
    /// would mislead.
    public func summary(
        quarter: Quarter? = nil, asOf: CalendarDate? = nil, options: SummaryOptions = .all
    ) -> Result<Summary, SummaryFailure> {
        let validation = validate()
        guard !validation.hasErrors else { return .failure(.repositoryHasErrors(validation)) }
        let date = asOf ?? today
        do {
            let engine = try SummaryEngine(
                repository: repository, registry: registry, asOf: date, options: options)
            return .success(try engine.summary(quarter: quarter, asOf: date))
        } catch {
            return .failure(.cannotSummarize(error))
        }
    }
}
