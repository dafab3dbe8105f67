import ArgumentParser
import KomitmenState
import KomitmenYAML

/// `komitmen audit verify`: the audit chain and the stored files agree (and with `--receipts`,
/// the receipts signatories kept), or exit 1 naming what not; `komitmen audit head`: what to publish.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the audit trail of `komitmen serve`.",
        discussion: "Memeriksa jejak audit `komitmen serve`.",
        subcommands: [Verify.self, AuditHeadCommand.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract:
                "Exit 0 when the audit chain is intact and every report's latest receipt matches its file under ROOT; else exit 1.",
            discussion:
                "Keluar 0 bila rantai audit utuh dan setiap laporan cocok dengan tanda terima terakhirnya; jika tidak, keluar 1."
        )

        @Argument(help: "The repository folder (holds declaration.yaml).")
        var root: String = "commitments"

        @OptionGroup var state: StateOptions
        @OptionGroup var language: LanguageOptions

        @Option(
            help: ArgumentHelp(
                "Also check the receipts kept in DIR (.json files as the API answered them) against the chain.",
                valueName: "DIR"))
        var receipts: String?

        func run() throws {
            let lang = language.lang
            var result: AuditVerification
            var kept = 0
            do {
                let store = try StateStore(folder: state.folder, outside: root, create: false)
                result = try store.verify(root: root)
                if let receipts {
                    let read = KeptReceipt.read(folder: receipts)
                    kept = read.receipts.count
                    result.problems += read.problems + (try store.check(read.receipts))
                }
            } catch {
                try AccountsCommand.fail(error, lang)
            }
            for problem in result.problems {
                CommandSupport.printError("error: " + TerminalText.escape(problem.text(lang)))
            }
            var counts = CLIWords.auditCounts(result.entries, receipts: result.receipts, files: result.filesChecked)
            if receipts != nil {
                counts = counts + CLIWords.keptReceipts(kept)
            }
            if result.isIntact {
                print((CLIWords.auditIntact + counts).text(lang))
            } else {
                CommandSupport.printError(
                    (CLIWords.auditFailed(result.problems.count) + counts).text(lang))
                throw ExitCode(1)
            }
        }
    }
}
