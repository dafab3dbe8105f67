import ArgumentParser
import KomitmenApp
import KomitmenCore

/// Checks every file of the repository and reports each problem with its file, line and column.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every file; print each problem as PATH:LINE:COLUMN: error: MESSAGE.",
        discussion:
            "Memeriksa setiap berkas dan menampilkan setiap masalah dengan berkas, baris dan kolomnya (--lang id untuk pesan berbahasa Indonesia). Keluar dengan kode 1 bila ada kesalahan."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: RepositoryOptions

    // The values are listed from the enum by the parser: "(values: ...; default: text)".
    @Option(help: "Output format.")
    var format: Format = .text

    func run() throws {
        let validation = options.load(keeping: .reviewed).validate()
        var output = TextOutput.standardOutput
        switch format {
        case .text:
            // Written as it goes and bounded (`--max-errors`); the count line counts every problem.
            validation.writeListing(to: &output, language: options.lang, maxErrors: options.maxErrors)
            output.write(validation.countLine(options.lang) + "\n")
        case .json:
            output = validation.writeJSON(to: output, language: options.lang, maxErrors: options.maxErrors)
        }
        output.flush()
        if validation.hasErrors { throw ExitCode(1) }
    }
}
