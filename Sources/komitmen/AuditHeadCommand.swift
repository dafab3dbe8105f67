import ArgumentParser
import KomitmenState

/// `komitmen audit head`: the chain's head to publish (the site, a git commit, a notice board).
/// Whoever holds a published head or a receipt can later find a chain cut short or rewritten.
struct AuditHeadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "head",
        abstract:
            "Print the audit chain's head to publish: its last entry's sequence number and hash, as `SEQUENCE HASH`.",
        discussion: "Mencetak kepala rantai audit untuk diumumkan: nomor urut dan hash entri terakhirnya.")

    @OptionGroup var state: StateOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        do {
            let head = try StateStore(folder: state.folder, outside: nil, create: false).auditHead()
            print("\(head.sequence) \(head.hash)")
        } catch {
            try AccountsCommand.fail(error, language.lang)
        }
    }
}
