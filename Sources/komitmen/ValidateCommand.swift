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
        switch format {
        case .text:
            let formatter = repository.formatter(options.lang)
            var output = repository.diagnostics.map { formatter.format($0) + "\n" }.joined()
            output += validationSummary(repository, options.lang) + "\n"
            print(output, terminator: "")
        case .json:
            print(try DiagnosticJSON.encode(repository, language: options.lang))
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

/// The machine-readable form of a validation run.
enum DiagnosticJSON {
    struct Output: Encodable {
        var root: String
        var files: Int
        var errors: Int
        var warnings: Int
        var diagnostics: [Item]
    }

    struct Item: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
        var hint: String?
    }

    static func encode(_ repository: Repository, language: Language) throws -> String {
        let items = repository.diagnostics.map {
            Item(file: $0.file, line: $0.mark.line, column: $0.mark.column, severity: $0.severity.rawValue,
                 message: $0.message.text(language), hint: $0.hint?.text(language))
        }
        let output = Output(root: repository.root, files: repository.fileCount, errors: repository.errorCount,
                            warnings: repository.warningCount, diagnostics: items)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }
}
