import Foundation
import KomitmenYAML

/// The files of a `commitments/` folder, found by their places in DESIGN.md's layout, with the
/// paths shown as the user would type them (relative to the current folder where possible).
///
/// Only regular files are taken; a link inside the repository is an error and is never followed
/// (ROOT itself may be one), and whatever else lies under `signatories/` and `reports/` is named
/// in a warning or an error rather than skipped in silence.
struct RepositoryLayout {
    struct ReportFile: Sendable {
        var path: String
        var quarter: Quarter?
        /// Its folder, by index into `fileFolders`, and where its name starts in `path` (UTF-8
        /// bytes): the loader opens it relative to that folder (see `FolderHandles`).
        var folder: Int? = nil
        var nameStart = 0
    }

    var declaration: String?
    var signatories: [String] = []
    var reports: [ReportFile] = []
    /// `reviews/<YYYY-Qn>/<id>.yaml`: found exactly as reports are.
    var reviews: [ReportFile] = []
    /// The quarter folders of `reports/` and `reviews/` that hold files, as paths.
    var fileFolders: [String] = []
    /// Problems with the layout itself: missing files, misnamed folders, links, stray entries.
    var problems: [Diagnostic] = []

    init(root: String) {
        let base = Self.displayRoot(root)
        @Sendable func path(_ relative: String) -> String { base.isEmpty ? relative : base + "/" + relative }
        var status = stat()
        guard stat(root, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            problems.append(
                .error(
                    .noSuchFolder, root, .fileStart,
                    CoreWords.noSuchFolder(root),
                    hint: CoreWords.giveTheRepositoryFolder))
            return
        }
        let rootEntries: [DirectoryEntry]
        switch DirectoryListing.list(root, followingLink: true) {
        case .success(let entries): rootEntries = entries
        case .failure(let error):
            problems.append(.error(.cannotList, base.isEmpty ? "." : base, .fileStart, LayoutPhrase.cannotList(error)))
            return
        }
        func entry(_ name: String) -> DirectoryEntry? { rootEntries.first { $0.name == name } }
        checkRootNames(rootEntries, path: path)

        let declarationPath = path("declaration.yaml")
        switch entry("declaration.yaml")?.kind {
        case .file?:
            declaration = declarationPath
        case let kind?:
            problems.append(LayoutPhrase.notAFile(kind, at: declarationPath))
        case nil:
            problems.append(
                .error(
                    .missingDeclaration, declarationPath, .fileStart,
                    CoreWords.missingDeclaration,
                    hint: CoreWords.everyRepositoryStarts))
        }

        if let names = folderEntries(entry("signatories"), at: path("signatories")) {
            for name in names {
                if let file = fileEntry(name, in: path("signatories"), holding: .signatories) {
                    signatories.append(file)
                }
            }
        }

        reports = quarterFiles(.reports, entry(QuarterTree.reports.folder), path: path)
        reviews = quarterFiles(.reviews, entry(QuarterTree.reviews.folder), path: path)
    }

    /// The files of `reports/` or `reviews/`: one folder per quarter, one file per signatory;
    /// whatever else lies there is named in a problem.
    private mutating func quarterFiles(
        _ tree: QuarterTree, _ top: DirectoryEntry?, path: @escaping @Sendable (String) -> String
    ) -> [ReportFile] {
        var files: [ReportFile] = []
        var folders: [String] = []
        if let names = folderEntries(top, at: path(tree.folder)) {
            for name in names where !name.name.hasPrefix(".") {
                if name.kind == .folder && name.isValidUTF8 && !LayoutPhrase.hasControlCharacter(name.name) {
                    folders.append(name.name)
                } else {
                    checkQuarterTreeEntry(name, in: path(tree.folder), tree: tree)
                }
            }
        }
        // The quarter folders are listed on every core: at village scale they hold most files.
        let listings = folders.parallelMap { folder in DirectoryListing.list(path(tree.folder + "/" + folder)) }
        for (folder, listing) in zip(folders, listings) {
            let folderPath = path(tree.folder + "/" + folder)
            let quarter = Quarter(folder)
            if quarter == nil {
                problems.append(
                    .error(
                        .notAQuarterFolder, folderPath, .fileStart,
                        CoreWords.folderNotAQuarter(tree.noun, folder: folder),
                        hint: Quarter(folder.uppercased()).map {
                            CoreWords.renameIt("\($0)")
                        }))
            }
            switch listing {
            case .success(let names):
                let index = fileFolders.count
                for name in names {
                    if let file = fileEntry(name, in: folderPath, holding: tree.holding) {
                        files.append(
                            ReportFile(
                                path: file, quarter: quarter, folder: index,
                                nameStart: file.utf8.count - name.name.utf8.count))
                    }
                }
                if files.last?.folder == index { fileFolders.append(folderPath) }
            case .failure(let error):
                problems.append(.error(.cannotList, folderPath, .fileStart, LayoutPhrase.cannotList(error)))
            }
        }
        return files
    }

    /// The entries of `signatories/`, `reports/` or `reviews/`; nil (with an error when it is there but is not
    /// a readable folder) otherwise. A missing folder is no error: a new repository has none.
    private mutating func folderEntries(_ entry: DirectoryEntry?, at path: String) -> [DirectoryEntry]? {
        guard let entry else { return nil }
        guard entry.kind == .folder else {
            problems.append(
                entry.kind == .link
                    ? LayoutPhrase.link(at: path)
                    : .error(.notAFolder, path, .fileStart, LayoutPhrase.fileNotFolder))
            return nil
        }
        switch DirectoryListing.list(path) {
        case .success(let entries): return entries
        case .failure(let error):
            problems.append(
                error.code == ELOOP
                    ? .error(.symlink, path, .fileStart, LayoutPhrase.linkMessage)
                    : .error(.cannotList, path, .fileStart, LayoutPhrase.cannotList(error)))
            return nil
        }
    }

    /// The root as shown in diagnostics: relative to the current folder when it lies inside it.
    static func displayRoot(_ root: String) -> String {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        if root.hasPrefix("./") { root.removeFirst(2) }
        if root == "." { return "" }
        let cwd = FileManager.default.currentDirectoryPath
        if root.hasPrefix("/") && root.hasPrefix(cwd + "/") { return String(root.dropFirst(cwd.count + 1)) }
        if root == cwd { return "" }
        return root
    }
}
