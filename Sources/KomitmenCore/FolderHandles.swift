import Foundation

/// The quarter folders a load reads files from, each opened once: a file is then opened by its
/// name relative to its folder (`openat`), so the system does not walk the whole path again for
/// each of some 68,000 reports (about a tenth of the system time of `validate`).
///
/// A folder is opened without following a link at its own name, as it was listed; a file is
/// still opened with the caller's flags (`O_NOFOLLOW`). A folder that cannot be opened, or one
/// past `limit`, leaves its files to be opened by their whole paths, with the errors that gives.
/// Closed when the load ends.
final class FolderHandles: Sendable {
    private let descriptors: [Int32]

    /// `limit`: 64 folders hold eight years of quarters of both `reports/` and `reviews/` (the
    /// reports' come first); a server near its descriptor limit (one per client) should not lose
    /// more than that to a load.
    init(_ folders: [String], limit: Int = 64) {
        descriptors = folders.prefix(limit).map { Foundation.open($0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
    }

    deinit {
        for descriptor in descriptors where descriptor >= 0 { close(descriptor) }
    }

    /// Opens `file` with `flags`, relative to its folder when that folder is open.
    func open(_ file: RepositoryLayout.ReportFile, flags: Int32) -> Int32 {
        guard let folder = file.folder, folder < descriptors.count, descriptors[folder] >= 0,
            file.nameStart > 0, file.nameStart < file.path.utf8.count
        else { return Foundation.open(file.path, flags) }
        return file.path.withCString { path in openat(descriptors[folder], path + file.nameStart, flags) }
    }
}
