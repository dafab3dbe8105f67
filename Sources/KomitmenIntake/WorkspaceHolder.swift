import Foundation
import KomitmenApp
import KomitmenCore

/// The repository the server holds: a filing replaces its one report in place, a review its one
/// review; a change made outside the server (a `git pull`, an editor) is found by a stat scan of ROOT's files, at most
/// once per `rescanInterval`, on the next request after it, and the whole repository is read
/// again; SIGHUP reads it again at once. A whole read runs on a thread of its own
/// (`BlockingWork.load`), never on the cooperative pool; while it runs, callers wait for it, so
/// none sees a repository older than the change that started it, and a filing's or review's
/// update is applied to the repository it brings.
actor WorkspaceHolder {
    private(set) var workspace: Workspace {
        didSet { generation &+= 1 }
    }
    /// Changes with every new workspace (a filing, a reload): what answers computed from one
    /// workspace are cached under (`ResponseCache`).
    private(set) var generation: UInt64 = 0
    private var stamps: [String: FileStamp]
    private var lastScan: Date
    private let rescanInterval: TimeInterval
    /// Reports a scan found changed and no one has recorded yet (`ServeServices` records them).
    private var pending: Set<String> = []
    /// Reports the server is writing now (between `willWrite` and `filed`/`didWrite`): a scan
    /// leaves their stamps and their folders' to `filed`, so the server's own write is not taken
    /// for a change made outside (which read the whole repository again, once a second under a
    /// storm of filings: the load benchmark's stalls).
    private var writing: [String: Int] = [:]
    /// The whole read under way, if any: it ends by installing what it read.
    private var loading: Task<Void, Never>?

    init(options: LoadOptions, rescanInterval: TimeInterval) async {
        let stamps = FileStamp.scan(options.root)
        workspace = await BlockingWork.load { Workspace.load(options) }
        self.stamps = stamps
        lastScan = Date()
        self.rescanInterval = rescanInterval
    }

    /// The current repository, read again first when a file under ROOT changed.
    func current() async -> Workspace {
        await settled()
        let now = Date()
        if now.timeIntervalSince(lastScan) >= rescanInterval {
            lastScan = now
            var scanned = FileStamp.scan(workspace.options.root)
            for relative in writing.keys {
                for key in Self.touchedByWriting(relative) { scanned[key] = stamps[key] }
            }
            if scanned != stamps {
                pending.formUnion(FileStamp.changedReports(stamps, scanned))
                stamps = scanned
                await loadAgain()
            }
        }
        return workspace
    }

    /// Reads the whole repository on the loader's thread and installs it; callers that come
    /// meanwhile wait in `settled`.
    private func loadAgain() async {
        let options = workspace.options
        let task = Task {
            let loaded = await BlockingWork.load { Workspace.load(options) }
            self.install(loaded)
        }
        loading = task
        await task.value
    }

    private func install(_ loaded: Workspace) {
        workspace = loaded
        loading = nil
    }

    /// Returns once no whole read is under way.
    private func settled() async {
        while let loading { await loading.value }
    }

    /// The changed reports to record, taken (so one caller records each).
    func takePending() -> [String] {
        defer { pending = [] }
        return pending.sorted()
    }

    /// Whether `relative` was changed outside and not yet recorded, taken.
    func takePending(_ relative: String) -> Bool { pending.remove(relative) != nil }

    /// Puts back a report whose recording failed, to try again on the next request.
    func markPending(_ relative: String) { pending.insert(relative) }

    /// The current repository and its generation, read again first when a file under ROOT changed.
    func currentWithGeneration() async -> (Workspace, UInt64) {
        let workspace = await current()
        return (workspace, generation)
    }

    /// The server is about to write `relative` (`reports/<Q>/<id>.yaml`).
    func willWrite(_ relative: String) { writing[relative, default: 0] += 1 }

    /// The server's write of `relative` ended (`filed` has taken its stamp, or it failed).
    func didWrite(_ relative: String) {
        guard let count = writing[relative] else { return }
        writing[relative] = count > 1 ? count - 1 : nil
    }

    /// What writing `relative` changes on disk: the file and the folders above it.
    static func touchedByWriting(_ relative: String) -> [String] {
        var keys = [relative]
        var path = Substring(relative)
        while let slash = path.lastIndex(of: "/") {
            path = path[..<slash]
            keys.append(String(path))
        }
        return keys
    }

    /// Reads everything again (SIGHUP).
    func reload() async {
        await settled()
        stamps = FileStamp.scan(workspace.options.root)
        lastScan = Date()
        await loadAgain()
    }

    /// After the server wrote a report: that report replaced, that file's stamp taken, nothing
    /// else read (a change elsewhere is still seen by the next scan).
    func filed(_ report: Report, warnings: [Diagnostic] = [], quarter: Quarter, signatory: String) async {
        await settled()
        let relative = "reports/\(quarter)/\(signatory).yaml"
        let root = workspace.options.root
        let previous = stamps[relative]
        stamps[relative] = FileStamp(path: (root as NSString).appendingPathComponent(relative))
        workspace = Self.forgettingReplacedFile(
            workspace.replacingReport(report, warnings: warnings, quarter: quarter, signatory: signatory),
            previous: previous, current: stamps[relative], stamps: stamps)
        for folder in ["reports", "reports/\(quarter)"] {
            stamps[folder] = FileStamp(path: (root as NSString).appendingPathComponent(folder))
        }
    }

    /// After the server wrote (or removed) a review: that review replaced, its file's and
    /// folders' stamps taken, nothing else read. Without this the summary kept showing the old
    /// review until something else made the server read everything again.
    func reviewed(_ review: Review?, quarter: Quarter, signatory: String) async {
        await settled()
        let root = workspace.options.root
        for relative in ["reviews", "reviews/\(quarter)", "reviews/\(quarter)/\(signatory).yaml"] {
            stamps[relative] = FileStamp(path: (root as NSString).appendingPathComponent(relative))
        }
        workspace = workspace.replacingReview(review, quarter: quarter, signatory: signatory)
    }
}

extension WorkspaceHolder {
    /// Each filing's rename gives the file a new inode, which `replacingReport` adds to the files
    /// read; the old one is gone from disk, so it goes from the set too (it grew by one a filing:
    /// the load benchmark's 20,000 filings). Kept when a stamped file holds that inode again.
    static func forgettingReplacedFile(
        _ workspace: Workspace, previous: FileStamp?, current: FileStamp?, stamps: [String: FileStamp]
    ) -> Workspace {
        guard let previous, let current, previous.inode != current.inode,
            !stamps.values.contains(where: { $0.inode == previous.inode })
        else { return workspace }
        var repository = workspace.repository
        let stale = FileIdentity(device: current.device, inode: previous.inode)
        guard repository.readFiles.remove(stale) != nil else { return workspace }
        return Workspace(repository: repository, options: workspace.options, revision: workspace.revision)
    }
}

/// What a stat says about one file or folder: enough to see that it changed (a rename gives a
/// new inode; an edit a new size or time).
struct FileStamp: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        device = UInt64(truncatingIfNeeded: status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        seconds = Int(status.st_mtim.tv_sec)
        nanoseconds = Int(status.st_mtim.tv_nsec)
    }

    /// The stamps of what a load reads: declaration, signatories, each quarter's reports (and the
    /// folders themselves, so an added or removed file shows). Names only, never followed.
    static func scan(_ root: String) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        func add(_ relative: String) {
            stamps[relative] = FileStamp(path: (root as NSString).appendingPathComponent(relative))
        }
        for name in ["declaration.yaml", "declaration.yml", "signatories", "reports", "reviews"] { add(name) }
        // Hidden names are skipped as the loader skips them: a write's temporary file
        // (`.<id>.yaml.<pid>.tmp`) is no change.
        for entry in entries(root, "signatories") where !entry.hasPrefix(".") { add("signatories/" + entry) }
        for tree in ["reports", "reviews"] {
            for folder in entries(root, tree) where !folder.hasPrefix(".") {
                add("\(tree)/\(folder)")
                for entry in entries(root, "\(tree)/\(folder)") where !entry.hasPrefix(".") {
                    add("\(tree)/\(folder)/\(entry)")
                }
            }
        }
        return stamps
    }

    /// The report files (`reports/<Q>/<name>.yaml`) added, removed or changed between two scans.
    static func changedReports(_ old: [String: FileStamp], _ new: [String: FileStamp]) -> Set<String> {
        Set(
            Set(old.keys).union(new.keys).filter { key in
                key.hasPrefix("reports/") && key.hasSuffix(".yaml") && key.split(separator: "/").count == 3
                    && old[key] != new[key]
            })
    }

    private static func entries(_ root: String, _ relative: String) -> [String] {
        let path = (root as NSString).appendingPathComponent(relative)
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return [] }
        return (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }
}
