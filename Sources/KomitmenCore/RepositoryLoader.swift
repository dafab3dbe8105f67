import Foundation
import KomitmenYAML

/// Reads a `commitments/` folder: every file once, in parallel, collecting every diagnostic.
public struct RepositoryLoader: Sendable {
    public var registry: PluginRegistry
    public var limits: YAMLLimits
    /// Called after each report file is read, with (done, total), for a progress bar.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// "Today", in the declaration's time zone: a report `submitted` after it gets a warning.
    public var today: Today = .clock
    /// How much of each report is kept once it is checked (see `ReportDetail`).
    public var reportDetail: ReportDetail = .everything

    public init(
        registry: PluginRegistry, limits: YAMLLimits = .standard, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.registry = registry
        self.limits = limits
        self.progress = progress
    }

    /// One file's outcome: the parsed root, or nothing; and its diagnostics.
    struct Parsed: Sendable {
        var path: String
        var source: SourceText?
        var root: Node?
        var diagnostics: [Diagnostic]
        /// The file read (device and inode), so nothing is later written over it.
        var identity: FileIdentity?
    }

    public func load(_ root: String) -> Repository {
        // The names of this load's files: owned by this load and its repository, never shared.
        let files = FileTable()
        let layout = RepositoryLayout(root: root)
        let folders = FolderHandles(layout.fileFolders)
        var diagnostics = layout.problems
        var sources: [String: SourceText] = [:]
        var identities = Set<FileIdentity>()
        func keep(_ parsed: Parsed) {
            if !parsed.diagnostics.isEmpty, let source = parsed.source { sources[parsed.path] = source }
        }

        var declaration: Declaration?
        if let path = layout.declaration {
            let parsed = parse(path, files: files)
            if let identity = parsed.identity { identities.insert(identity) }
            var found = parsed.diagnostics
            if let node = parsed.root {
                declaration = Declaration.decode(node, diagnostics: &found)
            } else if found.isEmpty {
                found.append(
                    .error(
                        .emptyFile, path, .fileStart,
                        CoreWords.declarationFileEmpty))
            }
            diagnostics += found
            keep(Parsed(path: path, source: parsed.source, root: nil, diagnostics: found))
        }

        let registry = self.registry
        let parsedSignatories = layout.signatories.parallelMap { path -> Parsed in
            var parsed = self.parse(path, files: files)
            if parsed.root == nil && parsed.diagnostics.isEmpty {
                parsed.diagnostics.append(
                    .error(
                        .emptyFile, path, .fileStart,
                        CoreWords.signatoryFileEmpty))
            }
            return parsed
        }
        var signatories: [String: Signatory] = [:]
        var signatoryFiles: [String: String] = [:]
        for var parsed in parsedSignatories {
            if let identity = parsed.identity { identities.insert(identity) }
            if let node = parsed.root,
                let signatory = Signatory.decode(
                    node, declaration: declaration, registry: registry, diagnostics: &parsed.diagnostics)
            {
                if let other = signatoryFiles[signatory.id] {
                    let message = CoreWords.signatoryIDUsedBy(signatory.id, other: other)
                    parsed.diagnostics.append((node["id"] ?? node).error(.duplicateID, message))
                } else {
                    signatories[signatory.id] = signatory
                    signatoryFiles[signatory.id] = parsed.path
                }
            }
            diagnostics += parsed.diagnostics
            keep(parsed)
        }

        let context = ReportContext(
            declaration: declaration, signatories: signatories, registry: registry,
            today: today.date(in: declaration?.timeZone ?? Declaration.defaultTimeZone), detail: reportDetail)
        let total = layout.reports.count
        let counter = SharedCounter()
        let progress = self.progress
        var outcomes = layout.reports.parallelMap { file -> (report: Report?, parsed: Parsed) in
            var parsed = self.parse(file, files: files, folders: folders)
            var report: Report?
            if let node = parsed.root {
                var reportContext = context
                reportContext.folderQuarter = file.quarter
                report = Report.decode(node, context: reportContext, diagnostics: &parsed.diagnostics)
            } else if parsed.diagnostics.isEmpty {
                parsed.diagnostics.append(
                    .error(
                        .emptyFile, file.path, .fileStart,
                        CoreWords.reportFileEmpty))
            }
            parsed.root = nil
            // A file's text is kept only to show its lines next to its problems: without problems,
            // let it go now rather than after the last file (68,000 texts are some 50 MB).
            // (A report with a large `sum` value keeps it: it may yet get a warning, `checkLargeSums`.)
            if parsed.diagnostics.isEmpty && report?.largeSums.isEmpty != false { parsed.source = nil }
            if let progress { progress(Int(counter.next()), total) }
            return (report, parsed)
        }
        Self.checkLargeSums(&outcomes)
        // Reports are moved out of the outcomes, not copied: a copy (and the release of the
        // original) touched every reference in every report, on this one thread.
        var reports: [Report] = []
        reports.reserveCapacity(outcomes.count)
        for index in outcomes.indices {
            if let report = outcomes[index].report.take() { reports.append(report) }
            if let identity = outcomes[index].parsed.identity { identities.insert(identity) }
            guard !outcomes[index].parsed.diagnostics.isEmpty else { continue }
            keep(outcomes[index].parsed)
            // Moved, not copied: the outcomes live until the end, and so would a second copy.
            var moved: [Diagnostic] = []
            swap(&moved, &outcomes[index].parsed.diagnostics)
            diagnostics += moved
        }
        let reviews = loadReviews(layout, reports: reports, today: context.today, files: files, folders: folders)
        for var parsed in reviews.parsed {
            if let identity = parsed.identity { identities.insert(identity) }
            parsed.root = nil
            diagnostics += parsed.diagnostics
            keep(parsed)
        }
        var repository = Repository(
            root: root, declaration: declaration, signatories: Array(signatories.values),
            reports: consume reports, diagnostics: consume diagnostics, sources: sources,
            fileCount: (layout.declaration == nil ? 0 : 1) + layout.signatories.count + layout.reports.count
                + layout.reviews.count)
        repository.reviews = reviews.reviews
        repository.readFiles = identities
        repository.files = files
        return repository
    }

    /// Reads and parses one file; never throws, problems become diagnostics.
    func parse(_ file: RepositoryLayout.ReportFile, files: FileTable, folders: FolderHandles) -> Parsed {
        parse(file.path, files: files) { flags in folders.open(file, flags: flags) }
    }

    /// `open`: how to open the file (with the flags given), when not by its path.
    func parse(_ path: String, files: FileTable, open: ((Int32) -> Int32)? = nil) -> Parsed {
        // Read one byte past the bound, so an oversized file is refused without reading it whole.
        let bytes: [UInt8]
        let identity: FileIdentity
        switch Self.read(path, upTo: limits.maxFileBytes + 1, open: open) {
        case .success(let file): (bytes, identity) = file
        case .failure(let problem):
            // No source text: nothing of what is behind a link or a device is ever shown.
            return Parsed(path: path, diagnostics: [problem.diagnostic(path)])
        }
        let source = SourceText(path: path, bytes: bytes)
        do {
            let document = try YAMLDocument.parseCollecting(source, limits: limits, files: files)
            return Parsed(
                path: path, source: source, root: document.root,
                diagnostics: document.problems.map { $0.diagnostic(file: path) }, identity: identity)
        } catch {
            return Parsed(path: path, source: source, diagnostics: [error.diagnostic(file: path)], identity: identity)
        }
    }
}

extension RepositoryLoader {
    /// Why a file was not read, said plainly.
    enum ReadProblem: Error {
        case link
        case folder
        case notRegular
        case system(SystemError)

        func diagnostic(_ path: String) -> Diagnostic {
            switch self {
            case .link: LayoutPhrase.link(at: path)
            case .folder: .error(.notAFile, path, .fileStart, LayoutPhrase.folderNotFile)
            case .notRegular: .error(.notAFile, path, .fileStart, LayoutPhrase.notRegular)
            case .system(let error): .error(.cannotRead, path, .fileStart, LayoutPhrase.cannotRead(error))
            }
        }
    }

    /// The first `limit` bytes of a regular file, read straight into the array (no `Data` in
    /// between: this runs for every file), with the file's identity; or why it was not read.
    static func read(
        _ path: String, upTo limit: Int, open opening: ((Int32) -> Int32)? = nil
    ) -> Result<([UInt8], FileIdentity), ReadProblem> {
        // O_NOFOLLOW: a link is refused, never followed (the layout already names links; this
        // holds even if one appears after the folder was listed). O_NONBLOCK: a FIFO or device
        // named like a report must not hang the run.
        let flags = O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC
        let descriptor = opening?(flags) ?? open(path, flags)
        guard descriptor >= 0 else {
            return .failure(errno == ELOOP ? .link : .system(SystemError(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(SystemError(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.folder)
        default: return .failure(.notRegular)
        }
        let size = Int(status.st_size)
        // One byte more than the file's size, so the read that finds the end needs no growth
        // (growing by 4 KiB left that much unused capacity in every text kept for a warning).
        var bytes = [UInt8](repeating: 0, count: min(max(size, 0) + 1, limit))
        var count = 0
        while true {
            if count == bytes.count {
                guard count < limit else { break }
                // Larger than it said (or unknown): grow, still within the bound.
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), limit - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else {
                if got < 0 { return .failure(.system(SystemError(errno))) }
                break
            }
            count += got
            // As long as the file said it was: done, without a further read to find its end
            // (one system call fewer for every file). A file that grows meanwhile is read as
            // it was when it was opened.
            if count == size && size > 0 { break }
        }
        bytes.removeLast(bytes.count - count)
        return .success((bytes, FileIdentity(status)))
    }
}
