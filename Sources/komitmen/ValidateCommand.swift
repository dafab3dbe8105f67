import ArgumentParser
import Foundation
import KomitmenCore
import KomitmenYAML

/// Checks every file of the repository and reports each problem with its file, line and column.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every file; print each problem as PATH:LINE:COLUMN: error: MESSAGE.",
        discussion: "Memeriksa setiap berkas dan menampilkan setiap masalah dengan berkas, baris dan kolomnya (--lang id untuk pesan berbahasa Indonesia). Keluar dengan kode 1 bila ada kesalahan.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: RepositoryOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let repository = options.load()
        var output = TextOutput.standardOutput
        switch format {
        case .text:
            // Printed as it goes and bounded (`--max-errors`); the count line counts every problem.
            DiagnosticPrinter(language: options.lang, maxErrors: options.maxErrors).print(repository, to: &output)
            output.write(validationSummary(repository, options.lang) + "\n")
            output.flush()
        case .json:
            DiagnosticJSON.write(repository, language: options.lang, maxErrors: options.maxErrors, to: &output)
        }
        if repository.hasErrors { throw ExitCode(1) }
    }

    private func validationSummary(_ repository: Repository, _ language: Language) -> String {
        let errors = repository.errorCount, warnings = repository.warningCount, files = repository.fileCount
        if language == .id {
            return "\(errors) kesalahan, \(warnings) peringatan dalam \(files) berkas"
        }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
    }
}
