import Foundation
import KomitmenYAML

/// Reads a `commitments/` folder: every file once, in parallel, collecting every diagnostic.
public struct RepositoryLoader: Sendable {
    public var registry: PluginRegistry
    public var limits: YAMLLimits
    /// Called after each report file is read, with (done, total), for a progress bar.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(registry: PluginRegistry, limits: YAMLLimits = .standard, progress: (@Sendable (Int, Int) -> Void)? = nil) {
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
    }

    public func load(_ root: String) -> Repository {
        let layout = RepositoryLayout(root: root)
        var diagnostics = layout.problems
        var sources: [String: SourceText] = [:]
        func keep(_ parsed: Parsed) {
            if !parsed.diagnostics.isEmpty, let source = parsed.source { sources[parsed.path] = source }
        }

        var declaration: Declaration?
        if let path = layout.declaration {
            let parsed = parse(path)
            var found = parsed.diagnostics
            if let node = parsed.root {
                declaration = Declaration.decode(node, diagnostics: &found)
            } else if found.isEmpty {
                found.append(.error(path, .fileStart, Phrase(en: "the declaration file is empty", id: "berkas deklarasi kosong")))
            }
            diagnostics += found
            keep(Parsed(path: path, source: parsed.source, root: nil, diagnostics: found))
        }

        let registry = self.registry
        let parsedSignatories = layout.signatories.parallelMap { path -> Parsed in
            var parsed = self.parse(path)
            if parsed.root == nil && parsed.diagnostics.isEmpty {
                parsed.diagnostics.append(.error(path, .fileStart, Phrase(en: "the signatory file is empty", id: "berkas penanda tangan kosong")))
            }
            return parsed
        }
        var signatories: [String: Signatory] = [:]
        var signatoryFiles: [String: String] = [:]
        for var parsed in parsedSignatories {
            if let node = parsed.root,
               let signatory = Signatory.decode(node, declaration: declaration, registry: registry, diagnostics: &parsed.diagnostics) {
                if let other = signatoryFiles[signatory.id] {
                    let message = Phrase(en: "signatory id '\(signatory.id)' is also used by \(other)",
                                         id: "id penanda tangan '\(signatory.id)' juga dipakai oleh \(other)")
                    parsed.diagnostics.append((node["id"] ?? node).error(message))
                } else {
                    signatories[signatory.id] = signatory
                    signatoryFiles[signatory.id] = parsed.path
                }
            }
            diagnostics += parsed.diagnostics
            keep(parsed)
        }

        let context = ReportContext(declaration: declaration, signatories: signatories, registry: registry)
        let total = layout.reports.count
        let counter = ProgressCounter()
        let progress = self.progress
        var outcomes = layout.reports.parallelMap { file -> (report: Report?, parsed: Parsed) in
            var parsed = self.parse(file.path)
            var report: Report?
            if let node = parsed.root {
                var reportContext = context
                reportContext.folderQuarter = file.quarter
                report = Report.decode(node, context: reportContext, diagnostics: &parsed.diagnostics)
            } else if parsed.diagnostics.isEmpty {
                parsed.diagnostics.append(.error(file.path, .fileStart, Phrase(en: "the report file is empty", id: "berkas laporan kosong")))
            }
            parsed.root = nil
            // A file's text is kept only to show its lines next to its problems: without problems,
            // let it go now rather than after the last file (68,000 texts are some 50 MB).
            if parsed.diagnostics.isEmpty { parsed.source = nil }
            if let progress { progress(counter.increment(), total) }
            return (report, parsed)
        }
        // Reports are moved out of the outcomes, not copied: a copy (and the release of the
        // original) touched every reference in every report, on this one thread.
        var reports: [Report] = []
        reports.reserveCapacity(outcomes.count)
        for index in outcomes.indices {
            if let report = outcomes[index].report.take() { reports.append(report) }
            guard !outcomes[index].parsed.diagnostics.isEmpty else { continue }
            keep(outcomes[index].parsed)
            // Moved, not copied: the outcomes live until the end, and so would a second copy.
            var moved: [Diagnostic] = []
            swap(&moved, &outcomes[index].parsed.diagnostics)
            diagnostics += moved
        }
        return Repository(root: root, declaration: declaration, signatories: Array(signatories.values),
                          reports: consume reports, diagnostics: consume diagnostics, sources: sources,
                          fileCount: (layout.declaration == nil ? 0 : 1) + layout.signatories.count + layout.reports.count)
    }

    /// Reads and parses one file; never throws, problems become diagnostics.
    func parse(_ path: String) -> Parsed {
        // Read one byte past the bound, so an oversized file is refused without reading it whole.
        guard let bytes = Self.read(path, upTo: limits.maxFileBytes + 1) else {
            return Parsed(path: path, diagnostics: [.error(path, .fileStart, Phrase(en: "cannot read the file", id: "berkas tidak dapat dibaca"))])
        }
        let source = SourceText(path: path, bytes: bytes)
        do {
            let document = try YAMLDocument.parseCollecting(source, limits: limits)
            return Parsed(path: path, source: source, root: document.root, diagnostics: document.problems.map { $0.diagnostic(file: path) })
        } catch {
            return Parsed(path: path, source: source, diagnostics: [error.diagnostic(file: path)])
        }
    }
}

extension RepositoryLoader {
    /// The first `limit` bytes of a file, read straight into the array (no `Data` in between: this
    /// runs for every file); nil when it cannot be opened or read, or is not a regular file (a
    /// folder or a pipe named `x.yaml`).
    static func read(_ path: String, upTo limit: Int) -> [UInt8]? {
        // O_NONBLOCK: a FIFO or device named like a report must not hang the run; only regular
        // files are read.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var bytes = [UInt8](repeating: 0, count: min(max(size, 0), limit))
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
                if got < 0 { return nil }
                break
            }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}

/// Counts finished files from many threads.
final class ProgressCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
