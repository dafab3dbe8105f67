import Foundation

/// One entry of a folder as `readdir` gives it: its name and kind, links not followed.
struct DirectoryEntry: Sendable {
    enum Kind: Sendable {
        case file
        case folder
        case link
        /// A pipe, socket or device.
        case other
    }

    /// The name; when it is not valid UTF-8, a readable stand-in with each bad byte as `\xNN`.
    var name: String
    var kind: Kind
    /// False when the name is not valid UTF-8: `name` is then for messages only, not for opening.
    var isValidUTF8: Bool
}

/// Lists folders with `readdir`, whose entry kinds (`d_type`) tell files, folders and links apart
/// without a `stat` per entry: these run over every report folder, some 68,000 files.
enum DirectoryListing {
    /// The entries of `path`, hidden ones included, sorted by name; or why it cannot be listed, in
    /// the system's words. With `followingLink: false` a link at `path` itself is refused (ELOOP).
    static func list(_ path: String, followingLink: Bool = false) -> Result<[DirectoryEntry], SystemError> {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followingLink ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return .failure(SystemError(errno)) }
        guard let directory = fdopendir(descriptor) else {
            let error = SystemError(errno)
            close(descriptor)
            return .failure(error)
        }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return .failure(SystemError(errno)) }
                break
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            let (name, valid) = Self.decode(bytes)
            var kind = Self.kind(Int32(entry.pointee.d_type))
            if kind == nil {
                // Some file systems do not fill in d_type: ask, still without following a link.
                var status = stat()
                kind =
                    fstatat(dirfd(directory), bytes.map { CChar(bitPattern: $0) } + [0], &status, AT_SYMLINK_NOFOLLOW)
                        == 0
                    ? Self.kind(mode: status.st_mode) : .other
            }
            entries.append(DirectoryEntry(name: name, kind: kind ?? .other, isValidUTF8: valid))
        }
        sortByName(&entries)
        return .success(entries)
    }

    /// Sorts by name as `<` on the names does. When every name is ASCII (nearly always), by
    /// bytes: for ASCII that is the same order, and it skips the general comparison's calls, which
    /// ran some 16 times for every report of a folder.
    static func sortByName(_ entries: inout [DirectoryEntry]) {
        let allASCII = entries.allSatisfy { entry in
            entry.name.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } } ?? false
        }
        guard allASCII else {
            entries.sort { $0.name < $1.name }
            return
        }
        sortByBytes(&entries)
    }

    /// Whether the first name's bytes come before the second's (a prefix first).
    static func bytesPrecede(_ first: String, _ second: String) -> Bool {
        let order = first.utf8.withContiguousStorageIfAvailable { one in
            second.utf8.withContiguousStorageIfAvailable { two -> Bool in
                let common = min(one.count, two.count)
                let difference = common == 0 ? 0 : memcmp(one.baseAddress!, two.baseAddress!, common)
                return difference != 0 ? difference < 0 : one.count < two.count
            }
        }
        return (order ?? nil) ?? (first < second)
    }

    private static func kind(_ type: Int32) -> DirectoryEntry.Kind? {
        switch type {
        case Int32(DT_REG): .file
        case Int32(DT_DIR): .folder
        case Int32(DT_LNK): .link
        case Int32(DT_UNKNOWN): nil
        default: .other
        }
    }

    static func kind(mode: mode_t) -> DirectoryEntry.Kind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .folder
        case S_IFLNK: .link
        default: .other
        }
    }

    /// The name as a String, or (not valid UTF-8) a stand-in with the bad bytes written `\xNN`.
    static func decode(_ bytes: [UInt8]) -> (String, Bool) {
        // Almost every name is ASCII: no validation needed.
        if bytes.allSatisfy({ $0 < 0x80 }) { return (String(decoding: bytes, as: UTF8.self), true) }
        var text = ""
        var valid = true
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                valid = false
                for byte in bytes[offset..<min(offset + length, bytes.count)] {
                    text += "\\x" + String(byte, radix: 16, uppercase: true)
                }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return (text, valid)
    }
}

/// An `errno` value, shown in the system's words (strerror), e.g. "Permission denied".
struct SystemError: Error, Sendable, Equatable {
    var code: Int32
    init(_ code: Int32) { self.code = code }
    var reason: String { String(cString: strerror(code)) }
}
