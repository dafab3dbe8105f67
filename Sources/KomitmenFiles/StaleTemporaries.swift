import Foundation

/// Temporary files a killed writer left under ROOT: `AtomicFile` writes `.<name>.<pid>.tmp` beside
/// the file and removes it on every way out but `kill -9` or a crash. The server removes those of
/// the folders it writes (`reports/<Q>/`, `reviews/<Q>/`) when it starts, so no half file outlives
/// a crash (DESIGN: "no temporary file is left under ROOT"). A temporary file whose process still
/// runs (a `komitmen new-report` writing now) is left alone.
public enum StaleTemporaries {
    /// Removes them and returns their paths relative to ROOT.
    public static func remove(root: String) -> [String] {
        var removed: [String] = []
        for top in ["reports", "reviews"] {
            for quarter in entries(root, top) {
                let folder = "\(top)/\(quarter)"
                var changed = false
                for name in entries(root, folder) where isStale(name) {
                    let path = (root as NSString).appendingPathComponent("\(folder)/\(name)")
                    var status = stat()
                    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, unlink(path) == 0 else {
                        continue
                    }
                    removed.append("\(folder)/\(name)")
                    changed = true
                }
                if changed { syncFolder((root as NSString).appendingPathComponent(folder)) }
            }
        }
        return removed
    }

    /// `.<file>.yaml.<pid>.tmp` with no process of that id running.
    static func isStale(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), name.utf8.count <= 255 else { return false }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[parts.count - 2] == "yaml" || parts[parts.count - 2] == "yml",
            let pid = Int32(parts[parts.count - 1]), pid > 0
        else { return false }
        if pid == getpid() { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Folder entries by name, never following a link to a folder.
    private static func entries(_ root: String, _ relative: String) -> [String] {
        let path = (root as NSString).appendingPathComponent(relative)
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return [] }
        return (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }

    private static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
