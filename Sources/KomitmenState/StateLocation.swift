import Foundation

/// Where the state lives: a folder outside ROOT (by real path, so no link or `..` sneaks it in),
/// made 0700 since it holds token hashes and every filed version.
public struct StateLocation: Sendable, Equatable {
    /// The folder as the user named it (messages show this).
    public let folder: String
    /// Its real path, once it exists.
    public let resolved: String

    public static let defaultFolder = ".komitmen"
    public static let databaseName = "state.sqlite"

    public var databasePath: String { (resolved as NSString).appendingPathComponent(Self.databaseName) }

    /// Checks `folder` against `root` (when there is one), then makes it if missing (and `create`).
    public static func prepare(_ folder: String, outside root: String?, create: Bool = true) throws(StateFailure)
        -> StateLocation
    {
        if let root {
            let state = realPath(of: folder)
            let repository = realPath(of: root)
            if state == repository || state.hasPrefix(repository.hasSuffix("/") ? repository : repository + "/") {
                throw .insideRoot(state: folder, root: root)
            }
        }
        var status = stat()
        if stat(folder, &status) != 0 {
            guard errno == ENOENT else { throw .folder(folder, reason: String(cString: strerror(errno))) }
            guard create else { throw .missing(folder) }
            // Parents as any mkdir -p (0777 less the umask); the state folder itself its owner's alone.
            do {
                let parent = (folder as NSString).deletingLastPathComponent
                if !parent.isEmpty {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                }
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .folder(folder, reason: error.localizedDescription)
            }
            chmod(folder, 0o700)
        } else if status.st_mode & S_IFMT != S_IFDIR {
            throw .folder(folder, reason: "not a folder")
        } else if status.st_mode & 0o077 != 0 && status.st_uid == geteuid() {
            // A folder made by hand (mkdir: 0755) would show token hashes and every filed report
            // to every user of the machine: closed to the owner, as a new one is.
            chmod(folder, mode_t(status.st_mode & 0o700))
        }
        return StateLocation(folder: folder, resolved: realPath(of: folder))
    }

    /// The real path of `path`; for a path that does not exist yet, the real path of its nearest
    /// existing ancestor with the rest appended.
    static func realPath(of path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return rest.reversed().reduce(base) { ($0 as NSString).appendingPathComponent($1) }
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return (absolute as NSString).standardizingPath }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }
}
