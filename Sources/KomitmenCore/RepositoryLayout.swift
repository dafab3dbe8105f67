import Foundation
import KomitmenYAML

/// The files of a `commitments/` folder, found by their places in DESIGN.md's layout, with the
/// paths shown as the user would type them (relative to the current folder where possible).
struct RepositoryLayout {
    struct ReportFile: Sendable {
        var path: String
        var quarter: Quarter?
    }

    var declaration: String?
    var signatories: [String] = []
    var reports: [ReportFile] = []
    /// Problems with the layout itself: missing files, misnamed folders.
    var problems: [Diagnostic] = []

    init(root: String) {
        let fileManager = FileManager.default
        let base = Self.displayRoot(root)
        @Sendable func path(_ relative: String) -> String { base.isEmpty ? relative : base + "/" + relative }
        func entries(_ relative: String) -> [String] {
            ((try? fileManager.contentsOfDirectory(atPath: path(relative))) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        }
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            problems.append(.error(root, .fileStart, Phrase(en: "no such folder: '\(root)'", id: "folder '\(root)' tidak ada"),
                                   hint: Phrase(en: "give the folder that holds declaration.yaml", id: "sebutkan folder yang berisi declaration.yaml")))
            return
        }
        let declarationPath = path("declaration.yaml")
        if fileManager.fileExists(atPath: declarationPath) {
            declaration = declarationPath
        } else {
            problems.append(.error(declarationPath, .fileStart, Phrase(en: "missing file: the declaration", id: "berkas tidak ada: deklarasi"),
                                   hint: Phrase(en: "every repository starts with declaration.yaml", id: "setiap repositori diawali declaration.yaml")))
        }
        for name in entries("signatories") {
            if let file = checkExtension(name, in: path("signatories")) { signatories.append(file) }
        }
        let folders = entries("reports").filter { folder in
            var isFolder: ObjCBool = false
            return fileManager.fileExists(atPath: path("reports/" + folder), isDirectory: &isFolder) && isFolder.boolValue
        }
        // The quarter folders are listed on every core: at village scale they hold most files.
        let listings = folders.parallelMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: path("reports/" + folder))) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted()
        }
        for (folder, names) in zip(folders, listings) {
            let folderPath = path("reports/" + folder)
            let quarter = Quarter(folder)
            if quarter == nil {
                problems.append(.error(folderPath, .fileStart, Phrase(en: "report folder '\(folder)' is not a quarter (YYYY-Qn)",
                                                                      id: "folder laporan '\(folder)' bukan triwulan (TTTT-Qn)"),
                                       hint: Quarter(folder.uppercased()).map { Phrase(en: "rename it \($0)", id: "ganti namanya menjadi \($0)") }))
            }
            for name in names {
                if let file = checkExtension(name, in: folderPath) { reports.append(ReportFile(path: file, quarter: quarter)) }
            }
        }
    }

    /// The path of a YAML file; a `.yml` file is an error rather than silently skipped.
    private mutating func checkExtension(_ name: String, in folder: String) -> String? {
        if name.hasSuffix(".yaml") { return folder + "/" + name }
        if name.hasSuffix(".yml") || name.hasSuffix(".YAML") || name.hasSuffix(".YML") {
            let stem = name.split(separator: ".").dropLast().joined(separator: ".")
            problems.append(.error(folder + "/" + name, .fileStart, Phrase(en: "this file is not read: name it \(stem).yaml",
                                                                           id: "berkas ini tidak dibaca: beri nama \(stem).yaml")))
        }
        return nil
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
