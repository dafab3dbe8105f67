#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file a node was read from: one object per file read, shared by every node of that file.
///
/// A node holds this object rather than the name: a path is usually longer than Swift keeps inline,
/// and one object per file keeps every node the same small size. Because each node holds its file,
/// a node taken out of its tree or its repository still names its file, and nothing is kept once
/// the last node of a file is gone: there is no process-wide table.
public final class FileName: Sendable, CustomStringConvertible {
    public let path: String

    public init(_ path: String) {
        self.path = path
    }

    public var description: String { path }
}

/// The files of one load, each named once: owned by the loader while it reads and then by the
/// `Repository`, never shared by two loads (two repositories in one process see only their own).
public final class FileTable: @unchecked Sendable {
    private var names: [FileName] = []
    // A plain pthread mutex: this module does not depend on Foundation (for NSLock), and
    // `Synchronization.Mutex` needs a newer macOS than the package supports.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        return mutex
    }()

    public init() {}

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// A `FileName` for a path, kept in this table (asked once per file read, from many threads).
    /// Names are not looked up among all names (hashing every path cost more than the rest of
    /// this, and a load reads each file once); a name equal to the last one given is reused.
    public func name(_ path: String) -> FileName {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let last = names.last, last.path == path { return last }
        let name = FileName(path)
        names.append(name)
        return name
    }

    /// Every file named so far, in the order they were named.
    public var all: [FileName] {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return names
    }

    public var count: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return names.count
    }
}
