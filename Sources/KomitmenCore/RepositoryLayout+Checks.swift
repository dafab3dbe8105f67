import Foundation
import KomitmenYAML

/// How each entry of the repository's folders is judged: read, or named in a warning or error.
extension RepositoryLayout {
    enum Holding {
        case signatories
        case reports
        case reviews
    }

    /// The two trees of quarter folders: `reports/` and `reviews/`, laid out alike.
    enum QuarterTree {
        case reports
        case reviews

        var folder: String { self == .reports ? "reports" : "reviews" }
        var holding: Holding { self == .reports ? .reports : .reviews }
        /// "report", "review": what a file of the tree is, in messages.
        var noun: Phrase {
            self == .reports ? Phrase(en: "report", id: "laporan") : Phrase(en: "review", id: "tinjauan")
        }
    }

    /// `folder + "/" + name`, its bytes copied once into a text of its length rather than grown
    /// by two appends: it runs for every file (docs/benchmarks.md, "Hot paths").
    static func joined(_ folder: String, _ name: String) -> String {
        let joined = folder.utf8.withContiguousStorageIfAvailable { head in
            name.utf8.withContiguousStorageIfAvailable { tail in
                String(unsafeUninitializedCapacity: head.count + 1 + tail.count) { buffer in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[..<head.count]).initialize(from: head)
                    buffer[head.count] = UInt8(ascii: "/")
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[(head.count + 1)...]).initialize(from: tail)
                    return buffer.count
                }
            }
        }
        return (joined ?? nil) ?? folder + "/" + name
    }

    /// False when the name's first and last bytes are printable ASCII other than a space: then
    /// neither its first nor its last character is whitespace (a character is whitespace by its
    /// first scalar, and an ASCII byte other than a space or control is no whitespace scalar, nor
    /// joined after one), so the costly `Character` tests run only for the rare other names.
    static func mayHaveBlankEnd(_ name: String) -> Bool {
        guard let first = name.utf8.first, let last = name.utf8.last else { return false }
        return !(0x21...0x7E).contains(first) || !(0x21...0x7E).contains(last)
    }

    /// The path of a signatory or report file to read, or nil with the entry's problem recorded.
    /// Hidden entries (`.x`) are ignored; every other entry is either read or named.
    mutating func fileEntry(_ entry: DirectoryEntry, in folder: String, holding: Holding) -> String? {
        let name = entry.name
        if name.hasPrefix(".") { return nil }
        let path = Self.joined(folder, name)
        if let problem = nameProblem(entry, at: path) {
            problems.append(problem)
            return nil
        }
        if entry.kind == .link {
            problems.append(LayoutPhrase.link(at: path))
            return nil
        }
        // Checked only when an end is blank: this runs for every report file.
        if Self.mayHaveBlankEnd(name), name.first?.isWhitespace == true || name.last?.isWhitespace == true,
            case let trimmed = name.trimmingCharacters(in: .whitespaces), LayoutPhrase.isYAMLName(trimmed)
        {
            problems.append(
                .error(
                    .misnamed, path, .fileStart, LayoutPhrase.spaceInName,
                    hint: LayoutPhrase.rename(LayoutPhrase.stem(trimmed) + ".yaml")))
            return nil
        }
        if name.hasSuffix(".yaml") {
            if entry.kind == .file { return path }
            problems.append(LayoutPhrase.notAFile(entry.kind, at: path))
            return nil
        }
        if LayoutPhrase.isYAMLName(name) {
            let stem = LayoutPhrase.stem(name)
            problems.append(
                .error(
                    .misnamed, path, .fileStart,
                    Phrase(
                        en: "this file is not read: name it \(stem).yaml",
                        id: "berkas ini tidak dibaca: beri nama \(stem).yaml")))
            return nil
        }
        problems.append(
            .warning(
                .notRead, path, .fileStart, entry.kind == .folder ? LayoutPhrase.folderNotRead : LayoutPhrase.notRead,
                hint: entry.kind == .folder
                    ? nil : holding == .signatories ? LayoutPhrase.onlySignatories : LayoutPhrase.onlyReports))
        return nil
    }

    /// Whatever in `reports/` or `reviews/` is not a quarter folder: a link, a file, a file out of place.
    mutating func checkQuarterTreeEntry(_ entry: DirectoryEntry, in folder: String, tree: QuarterTree) {
        let path = folder + "/" + entry.name
        if let problem = nameProblem(entry, at: path) { return problems.append(problem) }
        let name = tree.folder
        switch entry.kind {
        case .link:
            problems.append(LayoutPhrase.link(at: path))
        case .file where Quarter(entry.name.uppercased()) != nil:
            problems.append(
                .error(
                    .notAFolder, path, .fileStart,
                    Phrase(en: "this is a file, not a quarter folder", id: "ini berkas, bukan folder triwulan"),
                    hint: Phrase(
                        en: "\(name) go in a folder \(entry.name)/",
                        id: "\(tree.noun.id) diletakkan di dalam folder \(entry.name)/")))
        case _ where LayoutPhrase.isYAMLName(entry.name.trimmingCharacters(in: .whitespaces)):
            problems.append(
                .error(
                    .reportOutOfPlace, path, .fileStart,
                    Phrase(
                        en: "this \(tree.noun.en) is not read: \(name) go in their quarter's folder",
                        id: "\(tree.noun.id) ini tidak dibaca: \(tree.noun.id) diletakkan di folder triwulannya"),
                    hint: Phrase(
                        en: "move it to \(name)/YYYY-Qn/, e.g. \(name)/2026-Q1/",
                        id: "pindahkan ke \(name)/TTTT-Qn/, mis. \(name)/2026-Q1/")))
        default:
            problems.append(
                .warning(
                    .notRead, path, .fileStart, LayoutPhrase.notRead,
                    hint: Phrase(
                        en: "\(name)/ holds quarter folders, YYYY-Qn", id: "\(name)/ berisi folder triwulan, TTTT-Qn")))
        }
    }

    /// A name that is not valid UTF-8 or holds a control character: never opened, always named.
    func nameProblem(_ entry: DirectoryEntry, at path: String) -> Diagnostic? {
        if !entry.isValidUTF8 {
            return .error(
                .fileNameEncoding, path, .fileStart,
                Phrase(
                    en: "this file name is not valid UTF-8; rename it",
                    id: "nama berkas ini bukan UTF-8 yang sah; ganti namanya"))
        }
        if LayoutPhrase.hasControlCharacter(entry.name) {
            return .error(
                .fileNameControlCharacter, path, .fileStart,
                Phrase(
                    en: "this file name holds a control character; rename it",
                    id: "nama berkas ini memuat karakter kendali; ganti namanya"))
        }
        return nil
    }

    /// `Reports/`, `SIGNATORIES/`, `Declaration.yaml`, `declaration.yml` at ROOT are not read: an
    /// error when the expected one is missing (its files would be missed), else a warning. Other
    /// entries at ROOT (README.md, .git) are the owner's business.
    mutating func checkRootNames(_ entries: [DirectoryEntry], path: (String) -> String) {
        let expected = [
            "reports": "reports", "reviews": "reviews", "signatories": "signatories",
            "declaration.yaml": "declaration.yaml", "declaration.yml": "declaration.yaml",
        ]
        for entry in entries {
            guard let canonical = expected[entry.name.lowercased()], canonical != entry.name else { continue }
            let present = entries.contains { $0.name == canonical }
            let message = Phrase(
                en: "this is not read: komitmen reads '\(canonical)'",
                id: "ini tidak dibaca: komitmen membaca '\(canonical)'")
            let hint =
                present
                ? Phrase(en: "move what it holds into \(canonical)", id: "pindahkan isinya ke \(canonical)")
                : LayoutPhrase.rename(canonical)
            problems.append(
                Diagnostic(
                    present ? .warning : .error, .misnamed, file: path(entry.name), at: .fileStart, message, hint: hint)
            )
        }
    }
}

/// The layout's messages, in both languages.
enum LayoutPhrase {
    static let linkMessage = Phrase(
        en: "this is a symbolic link; komitmen does not follow links inside the repository",
        id: "ini tautan simbolik; komitmen tidak mengikuti tautan di dalam repositori")

    static func link(at path: String) -> Diagnostic {
        .error(
            .symlink, path, .fileStart, linkMessage,
            hint: Phrase(
                en: "put the file or folder itself here, not a link to it",
                id: "letakkan berkas atau foldernya sendiri di sini, bukan tautannya"))
    }

    static let folderNotFile = Phrase(en: "this is a folder, not a file", id: "ini folder, bukan berkas")
    static let notRegular = Phrase(
        en: "this is not a regular file (a pipe or device)", id: "ini bukan berkas biasa (pipa atau perangkat)")
    static let fileNotFolder = Phrase(en: "this is a file, not a folder", id: "ini berkas, bukan folder")
    static let notRead = Phrase(en: "this file is not read", id: "berkas ini tidak dibaca")
    static let folderNotRead = Phrase(
        en: "this folder is not read: komitmen does not look into folders here",
        id: "folder ini tidak dibaca: komitmen tidak membuka folder di sini")
    static let onlySignatories = Phrase(
        en: "only files named ID.yaml are read in signatories/",
        id: "di signatories/ hanya berkas bernama ID.yaml yang dibaca")
    static let onlyReports = Phrase(
        en: "only files named ID.yaml are read in a quarter folder",
        id: "di folder triwulan hanya berkas bernama ID.yaml yang dibaca")

    static func cannotList(_ error: SystemError) -> Phrase {
        Phrase(en: "cannot list this folder: \(error.reason)", id: "isi folder ini tidak dapat dibaca: \(error.reason)")
    }

    static func cannotRead(_ error: SystemError) -> Phrase {
        Phrase(en: "cannot read the file: \(error.reason)", id: "berkas tidak dapat dibaca: \(error.reason)")
    }

    static let spaceInName = Phrase(
        en: "this file is not read: its name begins or ends with a space",
        id: "berkas ini tidak dibaca: namanya diawali atau diakhiri spasi")

    static func rename(_ name: String) -> Phrase {
        Phrase(en: "rename it \(name)", id: "ganti namanya menjadi \(name)")
    }

    /// The error for a place where a regular file belongs but something else is.
    static func notAFile(_ kind: DirectoryEntry.Kind, at path: String) -> Diagnostic {
        switch kind {
        case .link: link(at: path)
        case .folder: .error(.notAFile, path, .fileStart, folderNotFile)
        case .file, .other: .error(.notAFile, path, .fileStart, notRegular)
        }
    }

    /// `x.yaml`, `x.Yaml`, `x.yml`, `x.YML`: a name meant as a YAML file.
    static func isYAMLName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return (lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")) && !lower.hasPrefix(".")
    }

    /// The name without its last extension.
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    /// C0 and C1 controls, DEL, line separators and the bidirectional marks and overrides that
    /// reorder what a terminal shows: none belongs in a file name komitmen reads (the one list,
    /// `TextSafety`'s, that text fields are checked against too).
    static func hasControlCharacter(_ name: String) -> Bool {
        !TextSafety.isClean(name)
    }
}
