import Foundation
import KomitmenYAML

/// Hands messages to a sendmail-compatible program (`msmtp -t`, `sendmail -t`), one message on
/// its standard input, through `ChildProcess`: never a shell, output kept aside, a time-out.
/// The program must exit 0; the end of what it wrote explains a failure.
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
            return .failure(MailProblem(AppWords.commandIsEmpty))
        }
        guard let found = ChildProcess.find(name, searchPath: searchPath) else {
            return .failure(
                MailProblem(AppWords.noProgram(name)))
        }
        return .success(MailPipe(executable: found, arguments: Array(words.dropFirst()), timeout: timeout))
    }

    /// Sends one message; nil when the program took it (exit 0), else why not.
    public func send(_ message: [UInt8]) -> Phrase? {
        var child = ChildProcess(executable: executable, arguments: arguments)
        child.timeout = timeout
        switch child.run(input: message) {
        case .exited(status: 0, _):
            return nil
        case .exited(let status, let output):
            return Self.failure("exit \(status)", output)
        case .signalled(let signal, let output):
            return Self.failure("signal \(signal)", output)
        case .timedOut:
            return AppWords.didNotFinish(Int(timeout))
        case .notStarted(let reason):
            return AppWords.couldNotStart(executable, reason: reason)
        }
    }

    /// How it ended, and the last non-empty line it wrote (at most 300 bytes, control characters dropped).
    private static func failure(_ how: String, _ output: String) -> Phrase {
        let line = output.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        let said = String(String(line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }).prefix(300))
        return Phrase(verbatim: said.isEmpty ? how : "\(how): \(said)")
    }
}
