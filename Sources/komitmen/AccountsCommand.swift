import ArgumentParser
import Foundation
import KomitmenCore
import KomitmenState

/// `komitmen accounts add|list|revoke`: who may file through `komitmen serve`.
struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "Add, list and revoke the accounts of `komitmen serve`.",
        discussion: "Menambah, menampilkan dan mencabut akun `komitmen serve`.",
        subcommands: [Add.self, List.self, Revoke.self])

    /// Prints a state failure and exits 1.
    static func fail(_ error: any Error, _ lang: Language) throws -> Never {
        let message = (error as? StateFailure)?.message.text(lang) ?? String(describing: error)
        // The message may quote what was typed (an unknown id): escaped, never sent raw to a terminal.
        CommandSupport.printError("error: " + TerminalText.escape(message))
        throw ExitCode(1)
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an account and print its token, once.",
            discussion: "Menambah akun dan mencetak tokennya, sekali saja. The token alone goes to standard output.")

        @Argument(help: "The signatory id (the name of its file in signatories/).")
        var signatory: String?

        @OptionGroup var options: RepositoryOptions
        @OptionGroup var state: StateOptions

        @Option(help: ArgumentHelp("Add a secretariat account with this name instead.", valueName: "NAME"))
        var secretariat: String?

        func validate() throws {
            if (signatory == nil) == (secretariat == nil) {
                throw ValidationError(
                    CLIWords.giveSignatoryOrSecretariat.text(options.lang))
            }
        }

        func run() throws {
            let lang = options.lang
            let made: NewAccount
            do {
                let store = try StateStore(folder: state.folder, outside: options.root)
                if let secretariat {
                    made = try store.addSecretariatAccount(secretariat, actor: StateStore.commandLineActor)
                } else {
                    let workspace = options.load()
                    guard workspace.repository.declaration != nil else {
                        CommandSupport.printError(
                            "error: "
                                + CLIWords.noUsableDeclaration(options.root).text(lang))
                        throw ExitCode(1)
                    }
                    made = try store.addSignatoryAccount(
                        signatory ?? "", known: workspace.repository.signatories.map(\.id),
                        actor: StateStore.commandLineActor)
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                try AccountsCommand.fail(error, lang)
            }
            let account = made.account
            CommandSupport.printError(
                CLIWords.accountAdded(account.id, kind: account.kind.rawValue, who: account.who).text(lang))
            print(made.token)
            // Both languages whatever --lang says: whoever receives the token must understand this.
            CommandSupport.printError(CLIWords.everyLanguage(CLIWords.tokenShownOnce, lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the accounts (never their tokens).",
            discussion: "Menampilkan akun (tanpa tokennya).")

        @OptionGroup var state: StateOptions
        @OptionGroup var language: LanguageOptions

        func run() throws {
            let lang = language.lang
            let accounts: [Account]
            do {
                accounts = try StateStore(folder: state.folder, outside: nil, create: false).accounts()
            } catch {
                try AccountsCommand.fail(error, lang)
            }
            let header = [
                CLIWords.id, CLIWords.kind, CLIWords.who,
                CLIWords.created, CLIWords.revoked,
            ].map { $0.text(lang) }
            let rows =
                [header] + accounts.map { [String($0.id), $0.kind.rawValue, $0.who, $0.created, $0.revoked ?? "-"] }
            let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                let cells = row.indices.map {
                    $0 == row.count - 1 ? row[$0] : row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0)
                }
                print(TerminalText.escape(cells.joined(separator: "  ")))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Revoke an account: its token stops working at once.",
            discussion: "Mencabut akun: tokennya langsung tidak berlaku.")

        @Argument(help: "The account id, as `accounts list` shows it.")
        var account: String

        @OptionGroup var state: StateOptions
        @OptionGroup var language: LanguageOptions

        func run() throws {
            let lang = language.lang
            do {
                let revoked = try StateStore(folder: state.folder, outside: nil, create: false)
                    .revokeAccount(account, actor: StateStore.commandLineActor)
                print(
                    CLIWords.accountRevoked(revoked.id, kind: revoked.kind.rawValue, who: revoked.who).text(lang))
            } catch {
                try AccountsCommand.fail(error, lang)
            }
        }
    }
}
