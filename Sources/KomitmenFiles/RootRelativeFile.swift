import Foundation

/// Files under ROOT by a relative path (`reports/<Q>/<id>.yaml`), never following a link at any
/// depth: each folder is opened relative to the one before it with `O_NOFOLLOW | O_DIRECTORY`,
/// the file itself with `O_NOFOLLOW`. A `git pull` can bring a link where a quarter's folder
/// belongs; a path walk by `open(2)` would follow it out of ROOT. ROOT itself is taken as named.
public enum RootRelativeFile {
    public enum Outcome: Equatable, Sendable {
        case bytes([UInt8])
        /// Nothing at the path (or a folder on its way is missing).
        case missing
        /// A link, a device or folder where the file belongs, a link or file where a folder
        /// belongs, or a file larger than the limit: never read. `at` is the relative path of the
        /// first entry on the way that is not plain.
        case refused(at: String)
    }

    public enum Entry: Equatable, Sendable {
        case missing
        case regularFile
        case refused(at: String)
    }

    /// The bytes of the regular file at `relative`, at most `limit` of them.
    public static func read(root: String, _ relative: String, limit: Int) -> Outcome {
        let parts = relative.split(separator: "/").map(String.init)
        guard let name = parts.last else { return .refused(at: relative) }
        let walk = folder(root: root, parts.dropLast())
        guard case .open(let folder) = walk else { return walk.outcome }
        defer { close(folder) }
        let descriptor = openat(folder, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return errno == ENOENT ? .missing : .refused(at: relative) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= limit else {
            return .refused(at: relative)
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes {
                Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count)
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            count += got
        }
        return .bytes(Array(bytes.prefix(count)))
    }

    /// What is at `relative`, looked at without following a link.
    public static func entry(root: String, _ relative: String) -> Entry {
        let parts = relative.split(separator: "/").map(String.init)
        guard let name = parts.last else { return .refused(at: relative) }
        let walk = folder(root: root, parts.dropLast())
        guard case .open(let folder) = walk else {
            if case .refused(let at) = walk.outcome { return .refused(at: at) }
            return .missing
        }
        defer { close(folder) }
        var status = stat()
        guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
            return errno == ENOENT ? .missing : .refused(at: relative)
        }
        return status.st_mode & S_IFMT == S_IFREG ? .regularFile : .refused(at: relative)
    }

    /// Removes the regular file at `relative` and makes the removal durable (its folder synced).
    /// False when there was none; throws `WriteFailed` for anything but a regular file, or a
    /// folder on the way that is not plain.
    public static func remove(root: String, _ relative: String) throws -> Bool {
        let parts = relative.split(separator: "/").map(String.init)
        guard let name = parts.last else { return false }
        let walk = folder(root: root, parts.dropLast())
        guard case .open(let folder) = walk else {
            if case .refused(let at) = walk.outcome { throw AtomicFile.WriteFailed(path: at, reason: linkReason) }
            return false
        }
        defer { close(folder) }
        var status = stat()
        guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw AtomicFile.WriteFailed(path: relative, reason: AtomicFile.notRegularReason)
        }
        guard unlinkat(folder, name, 0) == 0 else { throw AtomicFile.WriteFailed(path: relative, errno: errno) }
        _ = fsync(folder)
        return true
    }

    /// The first of `relativeFolders` (each a folder path under ROOT, outermost first) that
    /// exists and is not a plain folder — a link, a file — or nil when each is a folder or
    /// missing. What the server checks before it takes a filing into a quarter's folder.
    public static func firstBlockedFolder(root: String, _ relativeFolder: String) -> String? {
        let parts = relativeFolder.split(separator: "/").map(String.init)
        if case .refused(let at) = folder(root: root, parts[...]).outcome { return at }
        return nil
    }

    static let linkReason = AtomicFile.linkReason

    private enum Walk {
        case open(Int32)
        case missing
        case refused(at: String)

        var outcome: Outcome {
            switch self {
            case .open: .missing
            case .missing: .missing
            case .refused(let at): .refused(at: at)
            }
        }
    }

    /// The folder `parts` under `root`, opened one component at a time without following links.
    private static func folder(root: String, _ parts: ArraySlice<String>) -> Walk {
        var current = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard current >= 0 else { return .missing }
        var walked: [String] = []
        for part in parts {
            walked.append(part)
            guard part != "..", part != "." else {
                close(current)
                return .refused(at: walked.joined(separator: "/"))
            }
            let next = openat(current, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let failure = errno
            close(current)
            guard next >= 0 else {
                return failure == ENOENT ? .missing : .refused(at: walked.joined(separator: "/"))
            }
            current = next
        }
        return .open(current)
    }
}
