import Foundation
import KomitmenCore
import KomitmenFiles
import KomitmenYAML

/// Where `--output` sends the text: standard output (`-`, or no option) or a file that is not the
/// repository's own. Links and devices are refused by `AtomicFile`; this adds the repository.
public enum OutputTarget: Equatable, Sendable {
    case standardOutput
    case file(String)

    public init(_ argument: String?) {
        guard let argument, argument != "-" else {
            self = .standardOutput
            return
        }
        self = .file(argument)
    }

    /// Why writing to this target would harm the repository just read, or nil when it would not:
    /// the target is one of the files read (under any name or hard link), or lies where the
    /// repository keeps its declaration, signatories or reports.
    public func problem(writingOver repository: Repository) -> Phrase? {
        guard case .file(let path) = self else { return nil }
        if let identity = FileIdentity(path: path), repository.readFiles.contains(identity) {
            return AppWords.fileOfTheRepository
        }
        // Compared as real paths: ROOT may be a link, and the output may be named from anywhere.
        let url = URL(fileURLWithPath: path)
        guard let folder = Self.realPath(url.deletingLastPathComponent().path),
            let root = Self.realPath(repository.root)
        else { return nil }
        let inside: [String]
        if folder == root {
            inside = [url.lastPathComponent]
        } else if folder.hasPrefix(root == "/" ? "/" : root + "/") {
            inside = folder.dropFirst(root.count).split(separator: "/").map(String.init)
        } else {
            return nil
        }
        let place = inside.first?.lowercased() ?? ""
        guard ["declaration.yaml", "declaration.yml", "signatories", "reports", "reviews"].contains(place) else {
            return nil
        }
        if place.hasPrefix("declaration") {
            return AppWords.theDeclarationFile
        }
        return AppWords.insideTheFolder(place)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
