import Foundation

/// Text written to standard output or standard error through a buffer: output as it is made,
/// in pieces of at most 64 KiB, never one string the size of the whole report.
struct TextOutput: TextOutputStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    static var standardOutput: TextOutput { TextOutput(handle: .standardOutput) }
    static var standardError: TextOutput { TextOutput(handle: .standardError) }

    private init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        // A closed pipe (`komitmen validate | head`) is not a crash.
        try? handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
