import Foundation
import KomitmenYAML

/// Hands messages to a sendmail-compatible program (`msmtp -t`, `sendmail -t`): the program is
/// started with its words as arguments, never through a shell, gets one message on standard input
/// and must exit 0 within the time-out. Its output goes to a temporary file, so a chatty program
/// cannot block on a full pipe; the end of it explains a failure.
///
/// The caller must ignore SIGPIPE: a program that exits without reading its input would
/// otherwise end komitmen when the message is written to it.
public struct MailPipe: Sendable {
    public var executable: String
    public var arguments: [String]
    public var timeout: Double

    private init(executable: String, arguments: [String], timeout: Double) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }

    /// `words[0]` is looked up in `searchPath` (`PATH`) unless it holds a `/`.
    public static func make(words: [String], searchPath: String, timeout: Double = 30) -> Result<MailPipe, MailProblem>
    {
        guard let name = words.first else {
            return .failure(MailProblem(Phrase(en: "the command is empty", id: "perintahnya kosong")))
        }
        let candidates =
            name.contains("/")
            ? [name]
            : searchPath.split(separator: ":").map {
                (String($0.isEmpty ? "." : $0) as NSString).appendingPathComponent(name)
            }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return .failure(
                MailProblem(Phrase(en: "no program '\(name)' was found", id: "program '\(name)' tidak ditemukan")))
        }
        return .success(MailPipe(executable: found, arguments: Array(words.dropFirst()), timeout: timeout))
    }

    /// Sends one message; nil when the program took it (exit 0), else why not.
    public func send(_ message: [UInt8]) -> Phrase? {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "komitmen-mail-\(UUID().uuidString)")
        guard
            FileManager.default.createFile(atPath: scratch.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let output = try? FileHandle(forWritingTo: scratch)
        else {
            return Phrase(en: "could not make a temporary file", id: "tidak dapat membuat berkas sementara")
        }
        defer {
            try? output.close()
            try? FileManager.default.removeItem(at: scratch)
        }
        let input = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            return Phrase(
                en: "could not start \(executable): \(error.localizedDescription)",
                id: "tidak dapat menjalankan \(executable): \(error.localizedDescription)")
        }
        // Written on another thread: a program that reads slowly (or not at all) cannot hold this
        // one past the time-out.
        let writer = input.fileHandleForWriting
        let bytes = message
        DispatchQueue.global().async {
            let descriptor = writer.fileDescriptor
            var written = 0
            while written < bytes.count {
                let result = bytes.withUnsafeBytes {
                    Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written)
                }
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { break }
                written += result
            }
            try? writer.close()
        }
        if ended.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
            return Phrase(
                en: "it did not finish within \(Int(timeout)) s and was stopped",
                id: "tidak selesai dalam \(Int(timeout)) detik dan dihentikan")
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = Self.lastLine(scratch)
            let how =
                process.terminationReason == .exit
                ? "exit \(process.terminationStatus)" : "signal \(process.terminationStatus)"
            return Phrase(verbatim: said.isEmpty ? how : "\(how): \(said)")
        }
        return nil
    }

    /// The last non-empty line the program wrote, at most 300 bytes of it, control characters dropped.
    private static func lastLine(_ url: URL) -> String {
        let data = (try? Data(contentsOf: url)) ?? Data()
        let text = String(decoding: data.suffix(4096), as: UTF8.self)
        let line = text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        return String(String(line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }).prefix(300))
    }
}
