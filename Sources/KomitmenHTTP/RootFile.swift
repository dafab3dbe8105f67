import Foundation

/// Reading and removing files under ROOT by a relative path built from checked parts only
/// (`reports/<quarter>/<id>.yaml`, `reviews/<quarter>/<id>.yaml`): never through a link, never
/// a device, never more than a bound.
enum RootFile {
    enum Outcome {
        case bytes([UInt8])
        case missing
        /// A link, a folder, a device, too large, unreadable: not served, not trusted.
        case refused
    }

    static func read(root: String, _ relative: String, limit: Int = 16 << 20) -> Outcome {
        let path = (root as NSString).appendingPathComponent(relative)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return errno == ENOENT ? .missing : .refused }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= limit else {
            return .refused
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

    static func exists(root: String, _ relative: String) -> Bool {
        var status = stat()
        return lstat((root as NSString).appendingPathComponent(relative), &status) == 0
    }

    /// Removes a regular file and makes the removal durable (the folder synced). False when
    /// there was none.
    static func remove(root: String, _ relative: String) throws -> Bool {
        let path = (root as NSString).appendingPathComponent(relative)
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        guard status.st_mode & S_IFMT == S_IFREG, unlink(path) == 0 else { throw APIError.internalFailure }
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            close(descriptor)
        }
        return true
    }
}
