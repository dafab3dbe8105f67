import Foundation

/// Writes files whole or not at all: a temporary file in the same folder, then a rename.
enum AtomicFile {
    struct Exists: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) already exists" }
    }

    /// Writes `text` to `path`. With `replacing: false`, an existing file is left alone and an
    /// error is thrown, even when it appears between the check and the rename.
    static func write(_ text: String, to path: String, replacing: Bool = true) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(text.utf8).write(to: temporary)
        defer { try? FileManager.default.removeItem(at: temporary) }
        if replacing {
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } else {
            // link() fails when the target exists, so a report is never overwritten.
            guard link(temporary.path, url.path) == 0 else {
                throw errno == EEXIST ? Exists(path: path) as any Error : CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
    }
}
