import Foundation
import KomitmenText

/// Writes files whole or not at all: a temporary file in the same folder, flushed to disk, then a
/// rename (or a link, when an existing file must not be replaced), then the folder flushed. Never through a symbolic link
/// and never over anything but a regular file; a replaced file keeps its permission bits.
public enum AtomicFile {
    public struct Exists: LocalizedError, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path) already exists" }
        public var errorDescription: String? { description }
    }

    /// Why a write failed: the system's words (strerror, e.g. "Permission denied") or komitmen's.
    public struct WriteFailed: LocalizedError, CustomStringConvertible {
        public var path: String
        public var reason: Phrase
        public var description: String { reason.en }
        public var errorDescription: String? { reason.en }

        public init(path: String, reason: Phrase) {
            self.path = path
            self.reason = reason
        }

        init(path: String, errno code: Int32) {
            self.init(path: path, reason: Phrase(verbatim: String(cString: strerror(code))))
        }
    }

    static let linkReason = FilesWords.symbolicLinkNotWritten
    static let notRegularReason = FilesWords.notARegularFile

    /// Writes `bytes` to `path`. With `replacing: false`, an existing file is left alone and an
    /// error is thrown, even when it appears between the check and the rename. `guarding` is told
    /// of the temporary file while it exists (the CLI removes it on Ctrl-C; see
    /// `TemporaryFileGuarding`).
    public static func write(
        _ bytes: [UInt8], to path: String, replacing: Bool = true,
        guarding: (any TemporaryFileGuarding)? = nil
    ) throws {
        try write(to: path, replacing: replacing, guarding: guarding) { part in try part(bytes) }
    }

    /// Writes what `contents` hands its writer, part by part, to `path`, with the guarantees of
    /// `write(_:to:replacing:guarding:)`: a large document need not be held whole.
    public static func write(
        to path: String, replacing: Bool = true, guarding: (any TemporaryFileGuarding)? = nil,
        contents: (_ part: ([UInt8]) throws -> Void) throws -> Void
    ) throws {
        // What is there now, not following a link: a link or a device is refused, not replaced.
        var existing = stat()
        let exists = lstat(path, &existing) == 0
        if exists {
            switch existing.st_mode & S_IFMT {
            case S_IFLNK: throw WriteFailed(path: path, reason: linkReason)
            case S_IFREG: if !replacing { throw Exists(path: path) }
            default: throw WriteFailed(path: path, reason: notRegularReason)
            }
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        // Whatever happens below (even Ctrl-C, when the front end guards), the temporary file
        // does not outlive this call.
        let disarm = guarding?.arm(temporary)
        defer {
            unlink(temporary)
            disarm?()
        }
        // O_EXCL creates the file itself, never through a link left at that name.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailed(path: path, errno: errno) }
        if exists {
            // The replaced file's owner (when permitted) and permission bits, in that order: a
            // change of owner clears set-id bits.
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        do {
            try contents { bytes in
                if let code = writeAll(bytes, to: descriptor) { throw WriteFailed(path: path, errno: code) }
            }
        } catch {
            close(descriptor)
            throw error
        }
        let synced = fsync(descriptor) == 0
        let code = errno
        close(descriptor)
        guard synced else { throw WriteFailed(path: path, errno: code) }
        if replacing {
            guard rename(temporary, path) == 0 else { throw WriteFailed(path: path, errno: errno) }
        } else {
            // link() fails when the target exists, so a report is never overwritten.
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw Exists(path: path) }
                throw WriteFailed(path: path, errno: errno)
            }
        }
        // The new name is on disk only once its folder is: without this, a crash right after
        // the rename may bring back the old file (or none).
        try syncFolder(of: path)
    }

    /// Writes all of `bytes` to `descriptor`; the errno of a failure, or nil.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes {
                Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written)
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return result < 0 ? errno : EIO }
            written += result
        }
        return nil
    }

    /// fsync of the folder holding `path`.
    public static func syncFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteFailed(path: path, errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw WriteFailed(path: path, errno: errno) }
    }
}
