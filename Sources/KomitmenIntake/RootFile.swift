import Foundation
import KomitmenFiles

/// Reading and removing files under ROOT by a relative path built from checked parts only
/// (`reports/<quarter>/<id>.yaml`, `reviews/<quarter>/<id>.yaml`): never through a link at any
/// depth (`RootRelativeFile`), never a device, never more than a bound.
public enum RootFile {
    public enum Outcome {
        case bytes([UInt8])
        case missing
        /// A link, a folder, a device, too large, unreadable, or a link on the way: not served,
        /// not trusted.
        case refused
    }

    public static func read(root: String, _ relative: String, limit: Int = 16 << 20) -> Outcome {
        switch RootRelativeFile.read(root: root, relative, limit: limit) {
        case .bytes(let bytes): .bytes(bytes)
        case .missing: .missing
        case .refused: .refused
        }
    }

    /// Whether anything is at `relative` (a file, or an entry that is not plain on its way).
    public static func exists(root: String, _ relative: String) -> Bool {
        RootRelativeFile.entry(root: root, relative) != .missing
    }

    /// Removes a regular file and makes the removal durable (the folder synced). False when
    /// there was none.
    static func remove(root: String, _ relative: String) throws -> Bool {
        do {
            return try RootRelativeFile.remove(root: root, relative)
        } catch {
            throw IntakeFailure.internalFailure
        }
    }
}
