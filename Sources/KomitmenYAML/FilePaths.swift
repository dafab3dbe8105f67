#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file names nodes were read from, each stored once for the whole process.
///
/// A node keeps a small number into this table instead of the name itself: nodes are copied
/// constantly while a tree is built and read, and a stored `String` cost a reference-count update
/// on every copy. The name is looked up only when a message needs it.
public final class FilePaths: @unchecked Sendable {
    public typealias ID = UInt32

    public static let shared = FilePaths()

    private var paths: [String] = []
    // A plain pthread mutex: this module does not depend on Foundation (for NSLock), and
    // `Synchronization.Mutex` needs a newer macOS than the package supports.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        return mutex
    }()

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// A number for a file name (asked once per document read). Names are not looked up in a
    /// table of all names (hashing every path cost more than the rest of this); a name equal to the
    /// last one given reuses its number, so nodes made one by one for one file share it.
    public func intern(_ path: String) -> ID {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let last = paths.last, last == path { return ID(paths.count - 1) }
        paths.append(path)
        return ID(paths.count - 1)
    }

    /// The file name of a number given by `intern`.
    public func path(_ id: ID) -> String {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return paths[Int(id)]
    }
}
