import Foundation

/// Writes files whole or not at all: a temporary file in the same folder, flushed to disk, then a
/// rename (or a link, when an existing file must not be replaced).
enum AtomicFile {
    struct Exists: LocalizedError, CustomStringConvertible {
        var path: String
        var description: String { "\(path) already exists" }
        var errorDescription: String? { description }
    }

    /// Why a write failed, in the system's words (strerror), e.g. "Permission denied".
    struct WriteFailed: LocalizedError, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { reason }
        var errorDescription: String? { reason }
    }

    /// Writes `text` to `path`. With `replacing: false`, an existing file is left alone and an
    /// error is thrown, even when it appears between the check and the rename.
    static func write(_ text: String, to path: String, replacing: Bool = true) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        // Whatever happens below, the temporary file does not outlive this call.
        defer { unlink(temporary.path) }
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw WriteFailed(path: path, reason: String(cString: strerror(errno))) }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            guard result > 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw WriteFailed(path: path, reason: reason)
            }
            written += result
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced else { throw WriteFailed(path: path, reason: String(cString: strerror(errno))) }
        if replacing {
            guard rename(temporary.path, url.path) == 0 else {
                throw WriteFailed(path: path, reason: String(cString: strerror(errno)))
            }
        } else {
            // link() fails when the target exists, so a report is never overwritten.
            guard link(temporary.path, url.path) == 0 else {
                if errno == EEXIST { throw Exists(path: path) }
                throw WriteFailed(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }
}
