import Foundation
import KomitmenApp
import KomitmenState
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
        git = ChildProcess.find("git", searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
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
            var child = ChildProcess(executable: git, arguments: ["-C", root] + identity + arguments)
            child.environment = ["GIT_TERMINAL_PROMPT": "0"]
            child.timeout = 60
            let outcome = child.run()
            guard case .exited(status: 0, _) = outcome else {
                logger.warning(
                    "--git: git \(arguments[0]) failed for \(receipt.receipt): \(String(describing: outcome).prefix(500))"
                )
                return
            }
        }
    }
}
