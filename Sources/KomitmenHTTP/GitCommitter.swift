import Foundation
import KomitmenServer
import Logging

/// `--git`: each accepted filing becomes a commit in ROOT's git repository, authored by the
/// signatory, its message the receipt and the audit chain's head after it. git runs as a program
/// (never through a shell), one commit at a time, with the repository's hooks off; a failure is
/// logged and the filing stands (its file, receipt and audit entry are already on disk).
actor GitCommitter {
    private let root: String
    private let git: String?
    private let logger: Logger

    init(root: String, logger: Logger) {
        self.root = root
        self.logger = logger
        git = Self.find("git")
    }

    func commit(_ receipt: Receipt, json: String) {
        guard let git else {
            logger.warning("--git: no git program found on PATH; filing \(receipt.receipt) not committed")
            return
        }
        let path = receipt.relativePath
        let identity = [
            "-c", "user.name=komitmen serve", "-c", "user.email=serve@komitmen.invalid", "-c",
            "core.hooksPath=/dev/null",
        ]
        let author = "\(receipt.signatory) <\(receipt.signatory)@komitmen.invalid>"
        // The head in the message: a published history names the chain's state at every filing.
        let head = receipt.audit.map { "Audit-Head: \($0.head)\nAudit-Entry: \($0.sequence) \($0.hash)\n" } ?? ""
        let message = "Receipt \(receipt.receipt)\n\n\(head)\n\(json)"
        for arguments in [
            ["add", "--", path], ["commit", "--quiet", "--no-verify", "--author", author, "-m", message, "--", path],
        ] {
            let (status, output) = run(git, ["-C", root] + identity + arguments)
            if status != 0 {
                logger.warning("--git: git \(arguments[0]) failed for \(receipt.receipt): \(output.prefix(500))")
                return
            }
        }
    }

    private func run(_ program: String, _ arguments: [String]) -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (-1, "\(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The program `name` on PATH, as a shell would find it (but no shell runs it).
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
