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
            self == .reports ? CoreWords.report : CoreWords.review
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
                    CoreWords.nameItYAML(stem)))
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
                    CoreWords.fileNotQuarterFolder,
                    hint: CoreWords.goInAFolder(name, folder: entry.name, noun: tree.noun)))
        case _ where LayoutPhrase.isYAMLName(entry.name.trimmingCharacters(in: .whitespaces)):
            problems.append(
                .error(
                    .reportOutOfPlace, path, .fileStart,
                    CoreWords.notInAQuarterFolder(tree.noun, name: name),
                    hint: CoreWords.moveItToAQuarter(name)))
        default:
            problems.append(
                .warning(
                    .notRead, path, .fileStart, LayoutPhrase.notRead,
                    hint: CoreWords.holdsQuarterFolders(name)))
        }
    }

    /// A name that is not valid UTF-8 or holds a control character: never opened, always named.
    func nameProblem(_ entry: DirectoryEntry, at path: String) -> Diagnostic? {
        if !entry.isValidUTF8 {
            return .error(
                .fileNameEncoding, path, .fileStart,
                CoreWords.nameNotUTF8)
        }
        if LayoutPhrase.hasControlCharacter(entry.name) {
            return .error(
                .fileNameControlCharacter, path, .fileStart,
                CoreWords.nameHasControlCharacter)
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
            let message = CoreWords.komitmenReads(canonical)
            let hint =
                present
                ? CoreWords.moveWhatItHolds(canonical)
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
    static let linkMessage = CoreWords.symbolicLink

    static func link(at path: String) -> Diagnostic {
        .error(
            .symlink, path, .fileStart, linkMessage,
            hint: CoreWords.putTheFileItself)
    }

    static let folderNotFile = CoreWords.folderNotFile
    static let notRegular = CoreWords.notRegular
    static let fileNotFolder = CoreWords.fileNotFolder
    static let notRead = CoreWords.notRead
    static let folderNotRead = CoreWords.folderNotRead
    static let onlySignatories = CoreWords.onlySignatories
    static let onlyReports = CoreWords.onlyReports

    static func cannotList(_ error: SystemError) -> Phrase {
        CoreWords.cannotList(error.reason)
    }

    static func cannotRead(_ error: SystemError) -> Phrase {
        CoreWords.cannotRead(error.reason)
    }

    static let spaceInName = CoreWords.spaceInName

    static func rename(_ name: String) -> Phrase {
        CoreWords.renameIt(name)
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
